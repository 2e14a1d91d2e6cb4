// The analysts' page in a real browser: Debian's headless Chromium driven by Playwright, every tab audited with axe-core.
// Starts the built service (Release) on loopback; each test does what a newcomer would, and checks the answer against
// the REST API or the published examples, not against numbers written here.
//   node --test page.test.mjs            (after dotnet build -c Release; needs /usr/bin/chromium)
//   SCREENSHOTS=../../docs/images node --test page.test.mjs   (to refresh the README's pictures)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const port = Number(process.env.PORT ?? 5098);   // PORT lets two runs share a machine
const base = `http://127.0.0.1:${port}`;
const axeSource = readFileSync(path.join(here, "node_modules/axe-core/axe.min.js"), "utf8");
const shots = process.env.SCREENSHOTS ? path.resolve(process.env.SCREENSHOTS) : path.join(root, "artifacts/browser");
mkdirSync(shots, { recursive: true });

let service, browser;
const consoleErrors = [];
const foreignRequests = [];

before(async () => {
  service = spawn("dotnet", [path.join(root, "src/Lscp.Http/bin/Release/net10.0/Lscp.Http.dll"), "--urls", base], { stdio: "ignore" });
  for (let i = 0; i < 150; i++) {
    try { if ((await fetch(`${base}/health`)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
});

after(async () => {
  await browser?.close();
  service?.kill();
});

async function open(tab) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(`${tab}: ${m.text()}`); });
  page.on("pageerror", (e) => consoleErrors.push(`${tab}: ${e.message}`));
  page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) foreignRequests.push(r.url()); });
  await page.goto(`${base}/#${tab}`);
  await page.waitForSelector("body[data-ready='true']");
  if (tab === "records") await page.waitForSelector("#records[data-ready='true']", { state: "attached" });
  return page;
}

async function audit(page, what) {
  // Evaluated through the DevTools protocol, which the page's content security policy does not govern (a script tag would be refused).
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  assert.deepEqual(violations, [], `${what}: accessibility violations`);
}

test("the page is served with its own strict policy and loads nothing from elsewhere", async () => {
  const response = await fetch(`${base}/`);
  assert.equal(response.status, 200);
  const policy = response.headers.get("content-security-policy");
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|https?:/);
  const page = await open("structure");
  await page.close();
  assert.deepEqual(foreignRequests, []);
});

test("structure on a date: who chairs the Executive, and a diagram of the bodies", async () => {
  const page = await open("structure");
  await page.fill("#structure-date", "2020-06-01");
  const asked = [];
  page.on("request", (r) => { if (r.url().includes("/v1/")) asked.push(new URL(r.url()).pathname); });
  await page.click("#structure-form button[type=submit]");
  await page.waitForSelector("#structure-result svg");
  // The whole structure, chairs included, is one request.
  assert.deepEqual(asked, ["/v1/partnerships/lewisham/arrangements"]);
  const expected = await (await fetch(`${base}/v1/partnerships/lewisham/bodies/executive/chair?date=2020-06-01`)).json();
  const row = page.locator("#structure-result table >> nth=1").locator("tbody tr", { hasText: "Executive Partnership" }).first();
  assert.ok((await row.textContent()).includes(expected.person), `the Executive row names ${expected.person}`);
  assert.ok(await page.locator("#structure-result svg rect").count() >= 3);
  assert.doesNotMatch(await page.locator("#structure-result").textContent(), /\bnull\b|undefined|NaN/);
  // The version buttons move through the versions: the ICB change.
  await page.click("#structure-versions button[data-date='2022-07-01'], #structure-versions button >> nth=-1");
  await page.waitForFunction(() => document.querySelector("#structure-result h3")?.textContent.includes("-"));
  await audit(page, "structure");
  await page.screenshot({ path: path.join(shots, "page-structure.png"), fullPage: true });
  await page.close();
});

/** In the page: the structure diagram's geometry, as a list of what is wrong with it (empty when it reads). */
function diagramProblems(bodyNames) {
  const problems = [];
  const svg = document.querySelector("#structure-result figure svg");
  if (!svg) return ["no diagram"];
  const box = (e) => { const b = e.getBBox(); return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height }; };
  const within = (inner, outer, slack = 0.5) => inner.left >= outer.left - slack && inner.top >= outer.top - slack && inner.right <= outer.right + slack && inner.bottom <= outer.bottom + slack;
  const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const grow = (r, by) => ({ left: r.left - by, top: r.top - by, right: r.right + by, bottom: r.bottom + by });
  // Liang-Barsky: does the segment p-q meet the closed rectangle r?
  const meets = (p, q, r) => {
    let t0 = 0, t1 = 1;
    const dx = q.x - p.x, dy = q.y - p.y;
    for (const [pp, qq] of [[-dx, p.x - r.left], [dx, r.right - p.x], [-dy, p.y - r.top], [dy, r.bottom - p.y]]) {
      if (pp === 0) { if (qq < 0) return false; continue; }
      const t = qq / pp;
      if (pp < 0) { if (t > t1) return false; if (t > t0) t0 = t; } else { if (t < t0) return false; if (t < t1) t1 = t; }
    }
    return true;
  };
  // Each body's box: a group with a rect, its texts, and a title that starts with the body's full name.
  const boxes = [...svg.querySelectorAll("g")].filter((g) => g.querySelector(":scope > rect")).map((g) => {
    const title = g.querySelector("title")?.textContent ?? "";
    const name = [...bodyNames].sort((a, b) => b.length - a.length).find((n) => title.startsWith(n)) ?? `(a box titled "${title}")`;
    return { name, rect: box(g.querySelector("rect")), texts: [...g.querySelectorAll("text")] };
  });
  for (const n of bodyNames) if (!boxes.some((b) => b.name === n)) problems.push(`no box whose title keeps the full name "${n}"`);
  for (const b of boxes) {
    for (const t of b.texts) {
      if (t.textContent.includes("…")) problems.push(`a label is cut: "${t.textContent}" (${b.name})`);
      if (!within(box(t), b.rect)) problems.push(`"${t.textContent}" runs outside its box (${b.name})`);
    }
    for (let i = 0; i < b.texts.length; i++) for (let j = i + 1; j < b.texts.length; j++) {
      if (overlap(grow(box(b.texts[i]), -0.5), grow(box(b.texts[j]), -0.5))) problems.push(`"${b.texts[i].textContent}" and "${b.texts[j].textContent}" overlap (${b.name})`);
    }
  }
  for (const t of svg.querySelectorAll("text")) if (!t.closest("g")?.querySelector(":scope > rect")) problems.push(`text outside any box: "${t.textContent}"`);
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    if (overlap(boxes[i].rect, boxes[j].rect)) problems.push(`the boxes of ${boxes[i].name} and ${boxes[j].name} overlap`);
  }
  // Each reporting line: its points, its two bodies (the boxes its ends are on), and no segment through any other box.
  const pairs = [];
  // (A white halo drawn under a line, so that a crossing shows a break, follows its line exactly and is not counted.)
  for (const line of svg.querySelectorAll("line:not(.halo), polyline:not(.halo), path:not(.halo)")) {
    let points;
    if (line.tagName === "line") points = [{ x: line.x1.baseVal.value, y: line.y1.baseVal.value }, { x: line.x2.baseVal.value, y: line.y2.baseVal.value }];
    else if (line.tagName === "polyline") points = [...line.points].map((p) => ({ x: p.x, y: p.y }));
    else { problems.push(`a path the test cannot read: ${line.getAttribute("d")}`); continue; }
    const onEdge = (p) => boxes.filter((b) => within({ left: p.x, top: p.y, right: p.x, bottom: p.y }, b.rect, 1)
      && Math.min(p.x - b.rect.left, b.rect.right - p.x, p.y - b.rect.top, b.rect.bottom - p.y) <= 1);
    const [start, end] = [onEdge(points[0]), onEdge(points.at(-1))];
    if (start.length !== 1 || end.length !== 1) { problems.push(`a line does not run from one box's edge to another's: ${JSON.stringify(points)}`); continue; }
    const own = [start[0], end[0]];
    pairs.push(`${start[0].name} -> ${end[0].name}`);
    for (let k = 1; k < points.length; k++) {
      const [p, q] = [points[k - 1], points[k]];
      for (const b of boxes) {
        if (own.includes(b) ? meets(p, q, grow(b.rect, -1)) : meets(p, q, b.rect)) {
          problems.push(`the line from ${start[0].name} to ${end[0].name} passes through the box of ${b.name} (${p.x},${p.y} to ${q.x},${q.y})`);
        }
      }
    }
  }
  return { problems, pairs };
}

test("structure diagram: on every date of every version, no cut or overflowing label, no overlapping boxes, no line through a box, and it fits a phone", async () => {
  const problems = [];
  const partnershipList = await (await fetch(`${base}/v1/partnerships`)).json();
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(`structure at ${width} px: ${m.text()}`); });
    page.on("pageerror", (e) => consoleErrors.push(`structure at ${width} px: ${e.message}`));
    await page.goto(`${base}/#structure`);
    await page.waitForSelector("body[data-ready='true']");
    for (const partnership of partnershipList) {
      for (const version of partnership.versions) {
        for (const date of [version.effectiveFrom, version.effectiveTo].filter(Boolean)) {
          const where = `${partnership.id} on ${date} at ${width} px`;
          const answer = await (await fetch(`${base}/v1/partnerships/${partnership.id}/arrangements?date=${date}`)).json();
          const inForce = (x) => x.from <= date && (!x.to || date <= x.to);
          const bodies = answer.arrangements.bodies.filter(inForce);
          const expected = bodies.flatMap((b) => (b.reportsTo ?? []).filter((r) => r !== b.id).map((r) => bodies.find((x) => x.id === r)).filter(Boolean).map((p) => `${b.name} -> ${p.name}`));
          await page.selectOption("#structure-partnership", partnership.id);
          await page.fill("#structure-date", date);
          await page.evaluate(() => document.getElementById("structure-result").replaceChildren());
          await page.click("#structure-form button[type=submit]");
          await page.waitForSelector("#structure-result figure svg");
          const found = await page.evaluate(diagramProblems, bodies.map((b) => b.name));
          if (Array.isArray(found)) { problems.push(...found.map((f) => `${where}: ${f}`)); continue; }
          problems.push(...found.problems.map((f) => `${where}: ${f}`));
          // Every reporting line is drawn, once, between its two bodies (either way round).
          const key = (pair) => pair.split(" -> ").sort().join(" <-> ");
          assert.deepEqual(found.pairs.map(key).sort(), expected.map(key).sort(), `${where}: the reporting lines`);
          const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (pageWidth > width) problems.push(`${where}: the page is ${pageWidth} px wide`);
          // The frame opens on the top of the reporting line: the first body that others report to and that reports to none.
          const head = bodies.find((b) => !(b.reportsTo ?? []).some((r) => bodies.some((x) => x.id === r)) && bodies.some((x) => (x.reportsTo ?? []).includes(b.id)));
          if (head) {
            const seen = await page.evaluate((name) => {
              const frame = document.querySelector("#structure-result figure svg").parentElement.getBoundingClientRect();
              const g = [...document.querySelectorAll("#structure-result figure svg g")].find((x) => x.querySelector("title")?.textContent.startsWith(`${name}:`));
              const r = g.querySelector("rect").getBoundingClientRect();
              return r.left >= frame.left - 1 && r.right <= frame.right + 1;
            }, head.name);
            if (!seen) problems.push(`${where}: the diagram opens without ${head.name} in view`);
          }
          await page.locator("#structure-result figure").screenshot({ path: path.join(shots, `structure-${partnership.id}-${date}-${width}.png`) });
        }
      }
    }
    await page.close();
  }
  assert.deepEqual(problems, []);
  // At phone width the diagram and the tables scroll in their own frames, which a keyboard can reach.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(`${base}/#structure`);
  await phone.waitForSelector("#structure-result figure svg");
  await audit(phone, "structure at phone width");
  await phone.close();
});

test("meeting calendar: a year of expected meetings, and its .ics download", async () => {
  const page = await open("calendar");
  await page.fill("#calendar-year", "2024");
  await page.dispatchEvent("#calendar-year", "change");
  await page.waitForSelector("#calendar-body option[value='executive']", { state: "attached" });
  await page.selectOption("#calendar-body", "executive");
  await page.click("#calendar-form button[type=submit]");
  await page.waitForSelector("#calendar-result table");
  const expected = await (await fetch(`${base}/v1/partnerships/lewisham/bodies/executive/schedule?year=2024&yearStarts=april`)).json();
  assert.equal(await page.locator("#calendar-result tbody tr").count(), expected.length);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#calendar-result a[download]")]);
  const ics = readFileSync(await download.path(), "utf8");
  assert.equal(ics.split("BEGIN:VEVENT").length - 1, expected.length);
  await audit(page, "calendar");
  await page.screenshot({ path: path.join(shots, "page-calendar.png"), fullPage: true });
  await page.close();
});

test("deadline calculator: the Christmas example's dates", async () => {
  const page = await open("deadlines");
  await page.fill("#deadlines-aware", "2024-12-16");
  await page.fill("#deadlines-notified", "2024-12-19");
  await page.fill("#deadlines-rapid", "2025-01-17");
  await page.fill("#deadlines-as-of", "2025-02-01");
  await page.click("#deadlines-form button[type=submit]");
  await page.waitForSelector("#deadlines-result table");
  // The dates the annotated Christmas scenario expects (samples/scenarios/lewisham-2024-25-christmas-late-rapid-review.yaml).
  const scenario = readFileSync(path.join(root, "samples/scenarios/lewisham-2024-25-christmas-late-rapid-review.yaml"), "utf8");
  for (const rule of ["TS-NOTIFY-01", "TS-RAPID-01"]) {
    const line = scenario.split("\n").find((l) => l.includes(`rule: ${rule}`) && l.includes("due:"));
    const due = line.match(/due: (\d{4}-\d{2}-\d{2})/)[1];
    // The date reads in words; the ISO date stays in the time element.
    const row = page.locator("#deadlines-result tbody tr", { hasText: rule }).first();
    assert.equal(await row.locator(`time[datetime="${due}"]`).count() > 0, true, `${rule} is due on ${due}: ${await row.textContent()}`);
    assert.doesNotMatch(await row.locator("td").nth(2).textContent(), new RegExp(due));
  }
  assert.ok((await page.locator("#deadlines-result tbody tr", { hasText: "TS-RAPID-01" }).first().textContent()).includes("met late"));
  // The sources line lists each rule once, in words: no stray comma from a nested list, no machine word for a confidence.
  const sources = await page.locator("#deadlines-result p", { hasText: "Sources:" }).textContent();
  assert.match(sources, /^Sources: TS-/);
  assert.doesNotMatch(sources, /,TS-|localPractice/);
  await audit(page, "deadlines");
  await page.screenshot({ path: path.join(shots, "page-deadlines.png"), fullPage: true });
  await page.close();
});

test("compliance check: a sample scenario's verdict, the three questions and the timeline", async () => {
  const file = path.join(root, "samples/scenarios/lewisham-2024-25-duties-lapsed.yaml");
  const expected = await (await fetch(`${base}/v1/scenarios`, { method: "POST", headers: { "Content-Type": "application/yaml" }, body: readFileSync(file) })).json();
  const page = await open("compliance");
  await page.setInputFiles("#compliance-file", file);
  await page.waitForSelector("#verdict");
  assert.ok(await page.locator("#verdict").evaluate((e, v) => e.classList.contains(v), expected.report.verdict));
  for (const question of ["How much have we done?", "How well did we do it?", "What difference has it made?"]) {
    assert.equal(await page.locator("#compliance-result h4", { hasText: question }).count(), 1);
  }
  assert.equal(await page.locator("#timeline svg rect").count(), expected.report.findings.length);
  assert.equal(await page.locator("#compliance-result .findings tbody tr").count(), expected.report.findings.length);
  assert.doesNotMatch(await page.locator("#compliance-result").textContent(), /\bnull\b|undefined|NaN/);
  await audit(page, "compliance");
  await page.screenshot({ path: path.join(shots, "page-compliance.png"), fullPage: true });
  await page.close();
});

test("compliance check: what difference it made, from the learning records, with last year beside it", async () => {
  const file = path.join(root, "samples/scenarios/lewisham-2024-25-learning-loop.yaml");
  const expected = await (await fetch(`${base}/v1/scenarios`, { method: "POST", headers: { "Content-Type": "application/yaml" }, body: readFileSync(file) })).json();
  const learning = expected.report.measures.learning;
  const page = await open("compliance");
  await page.setInputFiles("#compliance-file", file);
  await page.waitForSelector("#comparison");
  const difference = await page.locator("#difference").textContent();
  assert.ok(difference.includes(`Actions done by their due date: ${learning.onTimePercent}% (${learning.actionsOnTime} of ${learning.actionsDue} due`), difference);
  assert.ok(difference.includes(`Themes raised again: ${learning.repeatThemes.join("; ")}`), difference);
  assert.doesNotMatch(difference, /To record/);
  // Every measure the service compared, one row each, in words: the actions' timeliness moved up, the better way.
  const shown = expected.report.comparison.changes.filter((c) => c.current !== undefined || c.previous !== undefined);
  assert.equal(await page.locator("#comparison tbody tr").count(), shown.length);
  const onTime = expected.report.comparison.changes.find((c) => c.measure === "actionsOnTimePercent");
  const row = await page.locator("#comparison tbody tr", { hasText: onTime.label }).textContent();
  assert.ok(row.includes(onTime.improved ? "better" : "worse") && row.includes(onTime.direction), row);
  assert.doesNotMatch(await page.locator("#compliance-result").textContent(), /\bnull\b|undefined|NaN/);
  await audit(page, "compliance, learning");
  await page.screenshot({ path: path.join(shots, "page-compliance-learning.png"), fullPage: true });
  await page.close();
});

test("compliance check: findings read in words (subjects, severities, dates), rule ids and dates never broken mid-word", async () => {
  const file = path.join(root, "samples/scenarios/lewisham-2024-25-duties-lapsed.yaml");
  const page = await open("compliance");
  await page.setInputFiles("#compliance-file", file);
  await page.waitForSelector("#verdict");
  const rows = page.locator("#compliance-result .findings tbody tr");
  const count = await rows.count();
  assert.ok(count > 0);
  for (let i = 0; i < count; i++) {
    const cells = await rows.nth(i).locator("td").allTextContents();
    const [rule, severity, about, when] = cells;
    assert.match(rule, /^[A-Z]+-[A-Z0-9]+-\d{2}$/);
    assert.ok(["Breach", "Warning", "For information"].includes(severity), severity);
    assert.doesNotMatch(about, /^[a-z-]+:/, `a subject as a machine id: ${about}`);
    assert.match(when, /^\d{1,2} [A-Z][a-z]+ \d{4}( to \d{1,2} [A-Z][a-z]+ \d{4})?$/, when);
    assert.ok(await rows.nth(i).locator("td:nth-child(4) time[datetime]").count() >= 1);
  }
  // A key document's subject names the document and its kind in words.
  assert.ok((await page.locator("#compliance-result tbody").allTextContents()).join(" ").includes("(a shared budget)"));
  // Rule ids and dates keep to one line however narrow the column.
  for (const selector of ["#compliance-result td:first-child span", "#compliance-result td time"]) {
    assert.equal(await page.locator(selector).first().evaluate((e) => getComputedStyle(e).whiteSpace), "nowrap", selector);
  }
  await page.close();
});

test("compliance check: a misspelt top-level key over an indented block is reported on its own line", async () => {
  const page = await open("compliance");
  const text = "name: typo\npartnership: lewisham\nasOf: 2025-06-30\nrecrods:\n  meetings:\n    - id: m1\n";
  await page.setInputFiles("#compliance-file", { name: "typo.yaml", mimeType: "application/yaml", buffer: Buffer.from(text) });
  await page.waitForSelector("#compliance-result .error");
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/compliance: Failed to load resource: .* 400/.test(e)));
  const error = await page.locator("#compliance-result .error").textContent();
  assert.match(error, /Line 4, at \$\.recrods: unknown property 'recrods'/);
  assert.doesNotMatch(error, /\(line 1\)|errors says|schema for \$/);
  await page.close();
});

test("compliance check: a file with a misspelt key shows its line and path", async () => {
  const page = await open("compliance");
  const text = "name: typo\npartnership: lewisham\nasOf: 2025-06-30\nrecords:\n  meetings:\n    - id: m1\n      body: executive\n      dat: 2024-05-14\n";
  await page.setInputFiles("#compliance-file", { name: "typo.yaml", mimeType: "application/yaml", buffer: Buffer.from(text) });
  await page.waitForSelector("#compliance-result .error");
  // The browser reports the refused upload (400) on the console; that one is expected here.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/compliance: Failed to load resource: .* 400/.test(e)));
  const shown = await page.locator("#compliance-result .error").textContent();
  assert.match(shown, /Line 8, at \$\.records\.meetings\[0\]\.dat: unknown property/);
  await audit(page, "compliance error");
  await page.close();
});

async function scenarioAnswer(file) {
  const type = file.endsWith(".json") ? "application/json" : "application/yaml";
  return await (await fetch(`${base}/v1/scenarios`, { method: "POST", headers: { "Content-Type": type }, body: readFileSync(file) })).json();
}

async function checked(file) {
  const page = await open("compliance");
  await page.setInputFiles("#compliance-file", file);
  await page.waitForSelector("#verdict");
  return page;
}

test("compliance check: every clock in a table, its dates, status in words and source, as the answer has them", async () => {
  for (const name of ["lewisham-2024-25-learning-lapsed.yaml", "lewisham-2024-25-christmas-late-rapid-review.yaml"]) {
    const file = path.join(root, "samples/scenarios", name);
    const { report } = await scenarioAnswer(file);
    const page = await checked(file);
    const rows = page.locator("#clocks tbody tr");
    assert.equal(await rows.count(), report.deadlines.length, `${name}: one row per clock`);
    for (const [i, d] of report.deadlines.entries()) {
      const row = rows.nth(i);
      const [rule, about, from, due, met, status, source] = await row.locator("td").allTextContents();
      assert.equal(rule, `${d.ruleId}: ${report.rules[d.ruleId].title}`);
      assert.equal(await row.locator("td:first-child .nowrap").textContent(), d.ruleId);
      assert.equal(about, await page.evaluate((s) => subjectWords(s), d.subject));
      for (const [cell, iso] of [[2, d.anchorDate], [3, d.dueOn], [4, d.completedOn]]) {
        assert.equal(await row.locator(`td:nth-child(${cell + 1}) time[datetime="${iso}"]`).count(), iso ? 1 : 0, `${d.ruleId} ${iso}`);
      }
      assert.ok(from.includes(d.anchorName), from);
      if (!d.completedOn) assert.equal(met, "");
      const n = d.limit.includes("working day") ? d.workingDays : d.calendarDays;
      const unit = d.limit.includes("working day") ? "working day" : "day";
      const words = {
        met: /^Met on time/, metLate: new RegExp(`^Met late by ${n} ${unit}`), overdue: new RegExp(`^Overdue by ${n} ${unit}`),
        due: n === 0 ? /^Still running: due today/ : new RegExp(`^Still running: ${n} ${unit}s? left`),
      }[d.status] ?? /./;
      assert.match(status, words, `${d.ruleId} ${d.status}`);
      assert.ok(source.startsWith(report.rules[d.ruleId].citation.source), source);
    }
    assert.doesNotMatch(await page.locator("#clocks").textContent(), /\bnull\b|undefined|NaN/);
    await audit(page, `clocks, ${name}`);
    await page.screenshot({ path: path.join(shots, `page-clocks-${name.replace(/\..*$/, "")}.png`), fullPage: true });
    await page.close();
  }
});

test("compliance check: meetings held against expected per body, the clocks' performance and the percent quorate", async () => {
  const file = path.join(root, "samples/scenarios/lewisham-2024-25-learning-lapsed.yaml");
  const { report: { measures } } = await scenarioAnswer(file);
  const page = await checked(file);
  const bodies = page.locator("#measures-bodies tbody tr");
  assert.equal(await bodies.count(), measures.bodies.length);
  for (const [i, b] of measures.bodies.entries()) {
    const cells = await bodies.nth(i).locator("td").allTextContents();
    assert.deepEqual(cells.slice(0, 3), [b.name, String(b.held), b.expected === undefined ? "as needed" : String(b.expected)]);
  }
  const clocks = page.locator("#measures-clocks tbody tr");
  assert.equal(await clocks.count(), measures.clocks.length);
  for (const [i, c] of measures.clocks.entries()) {
    const cells = await clocks.nth(i).locator("td").allTextContents();
    assert.ok(cells[0].startsWith(c.ruleId), cells[0]);
    assert.deepEqual(cells.slice(1, 4), [c.onTime, c.late, c.overdue].map(String), c.ruleId);
    assert.equal(cells[5], c.medianWorkingDays === undefined ? "—" : String(c.medianWorkingDays), c.ruleId);
  }
  assert.ok((await page.locator("#measures").textContent()).includes(`Meetings quorate: ${measures.percentQuorate}% (${measures.meetingsQuorate} of ${measures.meetingsAssessedForQuorum} assessed)`));
  await audit(page, "measures");
  await page.close();
});

test("compliance check: the timeline labels each clock's due date and rule id beside its mark", async () => {
  const file = path.join(root, "samples/scenarios/lewisham-2024-25-learning-lapsed.yaml");
  const { report } = await scenarioAnswer(file);
  const page = await checked(file);
  const inPeriod = report.deadlines.filter((d) => d.dueOn && d.dueOn >= report.period.start && d.dueOn <= report.period.end);
  assert.ok(inPeriod.length > 3);
  const labels = await page.locator("#timeline svg text.clock-label").allTextContents();
  assert.equal(labels.length, inPeriod.length, labels.join(" | "));
  for (const d of inPeriod) {
    const date = await page.evaluate((iso) => dayWords(iso), d.dueOn);
    assert.ok(labels.some((l) => l.includes(d.ruleId) && l.includes(date)), `${d.ruleId} ${date}: ${labels.join(" | ")}`);
  }
  // Readable: no two labels overlap, and each is at least 11 px high.
  const boxes = await page.locator("#timeline svg text.clock-label").evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON()));
  for (const [i, a] of boxes.entries()) {
    assert.ok(a.height >= 11, `label ${i} is ${a.height} px high`);
    for (const b of boxes.slice(i + 1)) assert.ok(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `labels overlap: ${JSON.stringify([a, b])}`);
  }
  assert.equal(await page.locator("#timeline svg rect").count(), report.findings.length);
  await audit(page, "timeline");
  await page.locator("#timeline").screenshot({ path: path.join(shots, "page-timeline.png") });
  await page.close();
});

/** What a compliance report's row-by-row timeline shows, read from its SVG: each body's row and each clock's row. */
async function timelineRows(page, scope) {
  return await page.locator(`${scope} #rows-timeline svg`).evaluate((svg) => ({
    bodies: [...svg.querySelectorAll("g.timeline-row[data-body]")].map((row) => ({
      bodyId: row.dataset.body,
      label: row.querySelector(".row-label").textContent,
      windows: [...row.querySelectorAll("g.window")].map((w) => ({ start: w.dataset.start, end: w.dataset.end, met: w.classList.contains("met"), label: w.querySelector("text").textContent })),
      meetings: [...svg.querySelectorAll(`g.meetings[data-body="${row.dataset.body}"] path.meeting`)].map((m) => m.dataset.date),
      meetingLabels: [...svg.querySelectorAll(`g.meetings[data-body="${row.dataset.body}"] text.meeting-label`)].map((t) => t.textContent),
    })),
    clocks: [...svg.querySelectorAll("g.timeline-row[data-clock]")].map((row) => ({ clock: row.dataset.clock, label: row.querySelector(".row-label").textContent,
      marks: [...row.querySelectorAll("text.clock-row-label")].map((t) => t.textContent) })),
  }));
}

/** Each body's and each clock's row holds what the answer says: the body's name, its windows (met or missed, in words or a
 * mark), its meetings labelled with their dates; each clock's rule, due and met dates in words. */
async function assertRowsMatch(page, scope, report) {
  const rows = await timelineRows(page, scope);
  const words = (iso) => page.evaluate((d) => dayWords(d), iso);
  assert.deepEqual(rows.bodies.map((b) => b.bodyId), report.measures.bodies.map((b) => b.bodyId));
  for (const [i, b] of report.measures.bodies.entries()) {
    const row = rows.bodies[i];
    assert.ok(row.label.startsWith(`${b.name}: ${b.held} held`), row.label);
    assert.deepEqual(row.windows.map(({ start, end, met }) => ({ start, end, met })), b.windows ?? [], b.bodyId);
    for (const w of row.windows) assert.ok(w.met ? ["met", "✓"].includes(w.label) : ["missed", "✗"].includes(w.label), `${b.bodyId} ${w.start}: ${w.label}`);
    assert.deepEqual(row.meetings, (b.meetings ?? []).map((m) => m.date), b.bodyId);
    for (const m of b.meetings ?? []) {
      const date = await words(m.date);
      assert.ok(row.meetingLabels.some((l) => l.startsWith(date) && (m.quorate === false) === l.includes("not quorate")), `${b.bodyId} ${date}: ${row.meetingLabels.join(" | ")}`);
    }
  }
  assert.deepEqual(rows.clocks.map((c) => c.clock), report.deadlines.map((d) => `${d.ruleId} ${d.subject}`));
  for (const [i, d] of report.deadlines.entries()) {
    assert.ok(rows.clocks[i].label.startsWith(d.ruleId), rows.clocks[i].label);
    if (d.dueOn) assert.ok(rows.clocks[i].marks.includes(`due ${await words(d.dueOn)}`), `${d.ruleId}: ${rows.clocks[i].marks.join(" | ")}`);
  }
  return rows;
}

test("compliance check: one labelled row per body (its cadence windows, met or missed, and its meetings) and per clock, as the answer says", async () => {
  const file = path.join(root, "samples/scenarios/lewisham-2024-inquorate-and-missed-rotation.yaml");
  const { report } = await scenarioAnswer(file);
  assert.ok(report.measures.bodies.some((b) => (b.windows ?? []).length > 0 && (b.meetings ?? []).some((m) => m.quorate === false)));
  const page = await checked(file);
  await assertRowsMatch(page, "#compliance-result", report);
  await audit(page, "timeline per body");
  await page.locator("#rows-timeline").screenshot({ path: path.join(shots, "page-rows-timeline.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 390);
  await page.locator("#rows-timeline").screenshot({ path: path.join(shots, "page-rows-timeline-phone.png") });
  await page.close();
});

test("the scenario runner's HTML report is the page's report of the same file, drawn by the same renderer from the same answer", async () => {
  const runner = path.join(root, "samples/Lscp.Scenarios/bin/Release/net10.0/Lscp.Scenarios.dll");
  const out = mkdtempSync(path.join(os.tmpdir(), "lscp-html-"));
  try {
    for (const name of ["lewisham-2024-inquorate-and-missed-rotation.yaml", "lewisham-2024-25-learning-lapsed.yaml"]) {
      const file = path.join(root, "samples/scenarios", name);
      const run = spawnSync("dotnet", [runner, "check", "--html", out, file], { encoding: "utf8" });
      assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
      const answer = await scenarioAnswer(file);
      const page = await checked(file);
      // The report's text without its buttons: the spreadsheet is the service's, so a saved file (no service) offers
      // the CSV files only; the buttons are checked on their own below.
      const withoutActions = (p, selector) => p.locator(selector).evaluate((n) => {
        const copy = n.cloneNode(true);
        copy.querySelectorAll(".report-actions").forEach((a) => a.remove());
        return copy.textContent;
      });
      const shown = await withoutActions(page, "#compliance-result");
      await page.close();

      const written = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      written.on("console", (m) => { if (m.type() === "error") consoleErrors.push(`runner html: ${m.text()}`); });
      written.on("pageerror", (e) => consoleErrors.push(`runner html: ${e.message}`));
      written.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) foreignRequests.push(r.url()); });
      await written.goto(pathToFileURL(path.join(out, name.replace(/\.yaml$/, ".html"))).href);
      await written.waitForSelector("#report #verdict");
      // The answer the file carries is the service's answer for the same file, member for member.
      assert.deepEqual(JSON.parse(await written.locator("#answer").textContent()), answer);
      assert.equal(await withoutActions(written, "#report"), shown, name);
      assert.equal(await written.locator(".report-actions button", { hasText: "(CSV)" }).count(), 3);
      assert.equal(await written.getByRole("button", { name: "Download all (spreadsheet, .xlsx)" }).count(), 0);
      await assertRowsMatch(written, "#report", answer.report);
      await audit(written, `runner html ${name}`);
      await written.screenshot({ path: path.join(shots, `runner-${name.replace(/\.yaml$/, "")}.png`) });
      await written.locator("#rows-timeline").screenshot({ path: path.join(shots, `runner-${name.replace(/\.yaml$/, "")}-rows.png`) });
      await written.setViewportSize({ width: 390, height: 844 });
      assert.ok(await written.evaluate(() => document.documentElement.scrollWidth) <= 390, name);
      await written.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("compliance check: findings, clocks and measures download as RFC 4180 CSV that a real parser reads back", async () => {
  const { parse } = await import("csv-parse/sync");
  const file = path.join(root, "samples/scenarios/lewisham-2024-25-learning-lapsed.yaml");
  const { report } = await scenarioAnswer(file);
  const page = await checked(file);
  const csv = async (label) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const text = readFileSync(await download.path(), "utf8");
    assert.ok(text.endsWith("\r\n"), `${label}: CRLF line ends`);
    return parse(text, { columns: true, record_delimiter: "\r\n", bom: true, relax_quotes: false });
  };
  const findings = await csv("Download findings (CSV)");
  assert.equal(findings.length, report.findings.length);
  for (const [i, f] of report.findings.entries()) {
    const r = findings[i];
    assert.deepEqual([r.rule_id, r.severity, r.subject, r.from, r.to, r.message, r.counted_in_verdict, r.source],
      [f.ruleId, f.severity, f.subject, f.from, f.to, f.message, f.toConfirm ? "no" : "yes", report.rules[f.ruleId].citation.source]);
    assert.equal(r.rule_title, report.rules[f.ruleId].title);
  }
  const clocks = await csv("Download clocks (CSV)");
  assert.equal(clocks.length, report.deadlines.length);
  for (const [i, d] of report.deadlines.entries()) {
    const r = clocks[i];
    assert.deepEqual([r.rule_id, r.subject, r.anchor_date, r.due_on, r.completed_on, r.status, r.working_days, r.calendar_days],
      [d.ruleId, d.subject, d.anchorDate ?? "", d.dueOn ?? "", d.completedOn ?? "", d.status, String(d.workingDays ?? ""), String(d.calendarDays ?? "")]);
  }
  const measures = await csv("Download measures (CSV)");
  const m = report.measures;
  assert.equal(measures.length, m.bodies.length + m.clocks.length + 1);
  for (const b of m.bodies) {
    const r = measures.find((x) => x.kind === "body" && x.id === b.bodyId);
    assert.deepEqual([r.name, r.held, r.expected], [b.name, String(b.held), String(b.expected ?? "")]);
  }
  for (const c of m.clocks) {
    const r = measures.find((x) => x.kind === "clock" && x.id === c.ruleId);
    assert.deepEqual([r.name, r.on_time, r.late, r.overdue, r.median_working_days], [c.title, String(c.onTime), String(c.late), String(c.overdue), String(c.medianWorkingDays ?? "")]);
  }
  const q = measures.find((x) => x.kind === "quorum");
  assert.deepEqual([q.held, q.assessed_for_quorum, q.quorate, q.percent_quorate], [m.meetingsHeld, m.meetingsAssessedForQuorum, m.meetingsQuorate, m.percentQuorate].map((v) => String(v ?? "")));
  // The quoting itself, on fields with a comma, a quote and a line break.
  const tricky = ['a, b', 'say "yes"', "two\nlines", "plain"];
  const text = await page.evaluate((row) => csvText({ columns: ["one", "two", "three", "four"], rows: [row] }), tricky);
  assert.equal(text, 'one,two,three,four\r\n"a, b","say ""yes""","two\nlines",plain\r\n');
  assert.deepEqual(parse(text, { record_delimiter: "\r\n" }), [["one", "two", "three", "four"], tricky]);
  await page.close();
});

test("compliance check: the same three tables download as one spreadsheet (.xlsx) that a real reader opens, sheet for CSV", async () => {
  const { parse } = await import("csv-parse/sync");
  const { default: readXlsxFile } = await import("read-excel-file/node");
  const file = path.join(root, "samples/scenarios/lewisham-2024-25-learning-lapsed.yaml");
  const page = await checked(file);
  const save = async (label) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
    return { name: download.suggestedFilename(), path: await download.path() };
  };
  const workbook = await save("Download all (spreadsheet, .xlsx)");
  assert.match(workbook.name, /\.xlsx$/);
  const sheets = await readXlsxFile(workbook.path);
  assert.deepEqual(sheets.map((s) => s.sheet), ["Findings", "Clocks", "Measures"]);
  for (const [sheet, label] of [["Findings", "Download findings (CSV)"], ["Clocks", "Download clocks (CSV)"], ["Measures", "Download measures (CSV)"]]) {
    const csv = parse(readFileSync((await save(label)).path, "utf8"), { record_delimiter: "\r\n", bom: true });
    // A spreadsheet holds a number as a number and an empty cell as nothing; the CSV writes both as text.
    const rows = sheets.find((s) => s.sheet === sheet).data.map((row) => row.map((c) => (c === null ? "" : String(c))));
    assert.equal(rows.length, csv.length, `${sheet}: rows`);
    assert.deepEqual(rows, csv.map((row) => row.slice(0, rows[0].length)), `${sheet}: the sheet is the CSV, cell for cell`);
  }
  await page.close();
});

test("compliance check: printing gives a clean evidence pack (PDF): verdict, clocks and findings, no tabs, picker or buttons", async () => {
  const { execFileSync } = await import("node:child_process");
  const file = path.join(root, "samples/scenarios/lewisham-2024-25-learning-lapsed.yaml");
  const { report } = await scenarioAnswer(file);
  const page = await checked(file);
  // The Print button calls the browser's print.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed++; }; });
  await page.getByRole("button", { name: "Print" }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  await page.emulateMedia({ media: "print" });
  const pdf = path.join(shots, "compliance-report.pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const flat = text.replace(/\s+/g, " ");
  const verdict = await page.locator("#verdict").textContent();
  assert.ok(flat.includes(verdict), `the verdict ${verdict}`);
  for (const id of [...report.deadlines, ...report.findings].map((x) => x.ruleId)) assert.ok(text.includes(id), `rule ${id} in the PDF`);
  for (const question of ["How much have we done?", "How well did we do it?", "What difference has it made?"]) assert.ok(flat.includes(question), question);
  for (const gone of ["Structure on a date", "Meeting calendar", "Deadline calculator", "Compliance check", "What is due", "Scenario file",
    "or drop the file here", "Download findings", "Download clocks", "Download measures", "Print"]) {
    assert.ok(!flat.includes(gone), `${gone} is not printed`);
  }
  // No table row is cut across two pages.
  assert.equal(await page.locator("#compliance-result tr").first().evaluate((r) => getComputedStyle(r).breakInside), "avoid");
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, path.join(shots, "compliance-report-page")]);
  await page.close();
});

test("what is due: a sample scenario's list, overdue first then by week, and its .ics download", async () => {
  const file = path.join(root, "samples/scenarios/lewisham-2024-25-compliant.yaml");
  const expected = await (await fetch(`${base}/v1/scenarios/due?horizonDays=120`, { method: "POST", headers: { "Content-Type": "application/yaml" }, body: readFileSync(file) })).json();
  assert.ok(expected.obligations.length > 0 && expected.obligations.some((o) => o.overdue));
  const page = await open("due");
  await page.fill("#due-days", "120");
  // Leave the field as an analyst would, so its change (which asks again) is over before the file is given; otherwise
  // the click on the download link below leaves it, and the list is drawn again under the pointer.
  await page.press("#due-days", "Tab");
  await page.setInputFiles("#due-file", file);
  await page.waitForSelector("#due-result table");
  assert.equal(await page.locator("#due-result tbody tr").count(), expected.obligations.length);
  // Overdue first, then each week in date order.
  const headings = await page.locator("#due-result .due-group h4").allTextContents();
  assert.match(headings[0], /^Overdue \(\d+\)$/);
  assert.ok(headings.slice(1).every((h) => h.startsWith("Week of ")), headings.join(" | "));
  const weeks = await page.locator("#due-result .due-group:not(#due-overdue) h4 time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
  assert.deepEqual(weeks, [...weeks].sort());
  const first = expected.obligations.find((o) => !o.overdue);
  const row = await page.locator("#due-result tbody tr", { hasText: first.action }).first().textContent();
  assert.ok(row.includes(first.ruleId), row);
  assert.doesNotMatch(await page.locator("#due-result").textContent(), /\bnull\b|undefined|NaN|localPractice/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#due-result a[download]")]);
  const ics = readFileSync(await download.path(), "utf8");
  assert.equal(ics.split("BEGIN:VEVENT").length - 1, expected.obligations.length);
  await audit(page, "due");
  await page.screenshot({ path: path.join(shots, "page-due.png"), fullPage: true });
  await page.close();
});

test("today is the date where the analyst is, not in UTC: just after midnight in a London summer", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: "Europe/London" });
  await page.clock.setFixedTime(new Date("2025-06-30T23:30:00Z")); // 00:30 on 1 July in London (BST)
  await page.goto(`${base}/#structure`);
  await page.waitForSelector("body[data-ready='true']");
  assert.equal(await page.inputValue("#structure-date"), "2025-07-01");
  await page.close();
});

// ---- Build records (issue 28): the records of a scenario entered in the page, checked, downloaded and opened again --------

const recordsSchema = JSON.parse(readFileSync(path.join(root, "src/Lscp.Adapters/Data/records.schema.json"), "utf8"));

async function arrangementsOn(date) {
  return await (await fetch(`${base}/v1/partnerships/lewisham/arrangements?date=${date}`)).json();
}

/** Fills the scenario's name, period and date on the Build records tab. */
async function nameScenario(page, name, start = "2024-04-01", end = "2025-03-31", asOf = "2025-06-30") {
  await page.fill("#records-name", name);
  await page.fill("#records-start", start);
  await page.fill("#records-end", end);
  await page.fill("#records-as-of", asOf);
}

/** Adds a meeting through the form: its date, its body, and each seat's status by the seat's label text. */
async function addMeeting(page, date, bodyId, statuses = {}) {
  await page.fill("#meeting-date", date);
  await page.dispatchEvent("#meeting-date", "change");
  await page.waitForSelector(`#meeting-body option[value="${bodyId}"]`, { state: "attached" });
  await page.selectOption("#meeting-body", bodyId);
  await page.waitForFunction((d) => document.querySelector("#meeting-seats")?.dataset.date === d, date);
  const selects = page.locator("#meeting-seats select");
  for (let i = 0; i < await selects.count(); i++) {
    const label = await page.locator(`label[for="${await selects.nth(i).getAttribute("id")}"]`).textContent();
    const status = Object.entries(statuses).find(([who]) => label.includes(who))?.[1] ?? statuses["*"];
    if (status) await selects.nth(i).selectOption(status);
  }
  await page.click("#meeting-form button[type=submit]");
}

async function downloadScenario(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#records-download")]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

/** The Build records tab with nothing kept from an earlier test (the records live in localStorage). */
async function openRecordsAfresh() {
  const page = await open("records");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector("body[data-ready='true']");
  return page;
}

test("build records: a form for meetings (a choice per seat of the body that day), incidents and yearly reports, kept on reload", async () => {
  const page = await open("records");
  await page.waitForSelector("#records-partnership option[value=lewisham]", { state: "attached" });
  await nameScenario(page, "Built in the page");
  // The seats offered are the Executive's members in the arrangements in force on the meeting's date, from the API.
  const executive = (await arrangementsOn("2024-09-10")).arrangements.bodies.find((b) => b.id === "executive");
  await page.fill("#meeting-date", "2024-09-10");
  await page.dispatchEvent("#meeting-date", "change");
  await page.waitForSelector("#meeting-body option[value=executive]", { state: "attached" });
  await page.selectOption("#meeting-body", "executive");
  await page.waitForFunction(() => document.querySelector("#meeting-seats")?.dataset.date === "2024-09-10");
  assert.equal(await page.locator("#meeting-seats select").count(), executive.members.length);
  const statuses = recordsSchema.$defs.AttendanceDocument.properties.status.enum;
  const offered = await page.locator("#meeting-seats select >> nth=0").locator("option").evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  assert.deepEqual(offered, statuses);
  await addMeeting(page, "2024-09-10", "executive", { "*": "present", "Metropolitan Police": "apologies" });
  await page.waitForSelector("#records-list li");
  assert.match(await page.locator("#records-list li >> nth=0").textContent(), /Meeting 1 \(Executive Partnership, 10 September 2024\)/);
  // A field left empty is named in words beside it, and nothing is added.
  await page.click("#incident-form button[type=submit]");
  await page.waitForSelector("#incident-case-error:not(:empty)");
  assert.match(await page.textContent("#incident-case-error"), /case reference/i);
  assert.equal(await page.getAttribute("#incident-case", "aria-invalid"), "true");
  assert.match(await page.getAttribute("#incident-case", "aria-describedby"), /incident-case-error/);
  await page.fill("#incident-case", "LSCP-2024-009");
  await page.fill("#incident-aware", "2024-10-01");
  await page.fill("#incident-notified", "2024-09-20");
  await page.click("#incident-form button[type=submit]");
  await page.waitForSelector("#incident-notified-error:not(:empty)");
  assert.match(await page.textContent("#incident-notified-error"), /before/);
  await page.fill("#incident-notified", "2024-10-03");
  await page.fill("#incident-rapid", "2024-10-22");
  await page.click("#incident-form button[type=submit]");
  await page.fill("#yearly-from", "2023-04-01");
  await page.fill("#yearly-to", "2024-03-31");
  await page.fill("#yearly-published", "2024-09-30");
  await page.click("#yearly-form button[type=submit]");
  await page.waitForFunction(() => document.querySelectorAll("#records-list li").length === 3);
  const listed = await page.locator("#records-list li").allTextContents();
  assert.match(listed[1], /Serious incident 1 \(LSCP-2024-009\)/);
  assert.match(listed[2], /Yearly report 1 \(1 April 2023 to 31 March 2024\)/);
  // Each record has its own remove button, named for the record; the records survive a reload.
  assert.equal(await page.locator("#records-list li button", { hasText: "Remove" }).count(), 3);
  await audit(page, "build records");
  await page.screenshot({ path: path.join(shots, "page-records.png"), fullPage: true });
  await page.reload();
  await page.waitForSelector("body[data-ready='true']");
  await page.waitForFunction(() => document.querySelectorAll("#records-list li").length === 3);
  assert.equal(await page.inputValue("#records-name"), "Built in the page");
  await page.click("#records-list li >> nth=1 >> button");
  await page.waitForFunction(() => document.querySelectorAll("#records-list li").length === 2);
  assert.doesNotMatch(await page.locator("#records-list").textContent(), /LSCP-2024-009/);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test("build records: the check posts the scenario and shows the compliance report; a refusal names the record entered", async () => {
  const page = await openRecordsAfresh();
  await nameScenario(page, "Checked from the page");
  await addMeeting(page, "2024-05-14", "executive", { "*": "present" });
  await page.waitForSelector("#records-list li");
  const posted = [];
  page.on("request", (r) => { if (r.url().endsWith("/v1/scenarios")) posted.push(r.headers()["content-type"]); });
  await page.click("#records-check");
  await page.waitForSelector("#records-result .verdict");
  assert.deepEqual(posted, ["application/json"]);
  // The same renderer as the Compliance check: its three questions, its clocks and findings.
  for (const question of ["How much have we done?", "How well did we do it?", "What difference has it made?"]) {
    assert.equal(await page.locator("#records-result h4", { hasText: question }).count(), 1);
  }
  // A refusal: a file whose second meeting names a body not in force that day; the error names the meeting as entered.
  const bad = { $schema: "../../src/Lscp.Adapters/Data/scenario.schema.json", name: "A body gone", partnership: "lewisham",
    period: { start: "2024-04-01", end: "2025-03-31" }, asOf: "2025-06-30", records: { meetings: [
      { id: "executive-2024-05-14", body: "executive", date: "2024-05-14", attendance: [] },
      { id: "concern-hub-2024-09-10", body: "concern-hub", date: "2024-09-10", attendance: [] }] } };
  await page.setInputFiles("#records-open", { name: "gone.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad, null, 2)) });
  await page.waitForFunction(() => document.querySelectorAll("#records-list li").length === 2);
  await page.click("#records-check");
  await page.waitForSelector("#records-result .error");
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/records: Failed to load resource: .* 400/.test(e)));
  const shown = await page.locator("#records-result .error").textContent();
  assert.match(shown, /Meeting 2 \(concern-hub, 10 September 2024\), its body: there is no body 'concern-hub'/);
  await audit(page, "build records refusal");
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test("build records: a scenario file downloads as JSON naming its schema, opens again, and downloads byte for byte the same", async () => {
  const sample = path.join(root, "samples/scenarios/lewisham-2025-delayed-local-reviews.json");
  const page = await open("records");
  await page.setInputFiles("#records-open", sample);
  await page.waitForFunction(() => document.querySelectorAll("#records-list li").length === 2);
  const first = await downloadScenario(page);
  // A sample JSON scenario comes back exactly as it is, its "$schema", description and expectations kept.
  assert.equal(first.text, readFileSync(sample, "utf8"));
  await page.setInputFiles("#records-open", { name: first.name, mimeType: "application/json", buffer: Buffer.from(first.text) });
  await page.waitForFunction(() => document.querySelectorAll("#records-list li").length === 2);
  assert.equal((await downloadScenario(page)).text, first.text);
  // A new scenario names the schema the service publishes.
  await page.click("#records-new");
  await page.waitForFunction(() => document.querySelectorAll("#records-list li").length === 0);
  await nameScenario(page, "New");
  const fresh = JSON.parse((await downloadScenario(page)).text);
  assert.equal(fresh.$schema, `${base}/schemas/scenario.schema.json`);
  assert.equal(fresh.partnership, "lewisham");
  // A YAML file is not read into the form: the page says where to check it.
  await page.setInputFiles("#records-open", path.join(root, "samples/scenarios/lewisham-2024-25-compliant.yaml"));
  await page.waitForSelector("#records-open-error:not(:empty)");
  assert.match(await page.textContent("#records-open-error"), /JSON.*Compliance check/);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test("build records: meetings and incidents import from CSV; each bad row is named by its row and column, the good ones added", async () => {
  const { arrangements } = await arrangementsOn("2024-09-10");
  const executive = arrangements.bodies.find((b) => b.id === "executive");
  const seats = executive.members.map((m) => m.agency);
  const name = (id) => arrangements.agencies.find((a) => a.id === id).name;
  const row = (...cells) => cells.join(",");
  const meetings = [
    row("body", "date", "chair", ...seats),
    row("executive", "2024-09-10", "lb-lewisham", ...seats.map(() => "present")),
    // A spreadsheet's export: the body's name, a British date, a quoted chair name, a quoted status.
    row(`"${executive.name}"`, "12/11/2024", `"${name("lb-lewisham")}"`, ...seats.map((s, i) => (i === 0 ? '"present"' : "apologies"))),
    row("executive", "31/02/2025", "lb-lewisham", ...seats.map(() => "present")),
    row("no-such-body", "2025-01-14", "", ...seats.map(() => "present")),
    row("executive", "2025-03-11", "", ...seats.map((s, i) => (i === 2 ? '"pres""ent, maybe"' : "present"))),
  ].join("\r\n") + "\r\n";
  const page = await openRecordsAfresh();
  await page.setInputFiles("#records-csv", { name: "meetings.csv", mimeType: "text/csv", buffer: Buffer.from(meetings) });
  await page.waitForSelector("#records-csv-result li");
  const problems = await page.locator("#records-csv-result li").allTextContents();
  assert.equal(problems.length, 3, problems.join("\n"));
  assert.match(problems[0], /Row 4, column date: '31\/02\/2025' is not a date/);
  assert.match(problems[1], /Row 5, column body: .*no-such-body/);
  assert.match(problems[2], new RegExp(`Row 6, column ${seats[2]}: 'pres"ent, maybe' is not an attendance status`));
  assert.match(await page.textContent("#records-csv-result"), /2 meetings added/);
  const listed = await page.locator("#records-list li").allTextContents();
  assert.equal(listed.length, 2);
  assert.match(listed[1], /Meeting 2 \(Executive Partnership, 12 November 2024\)/);
  const incidents = "case_reference,local_authority_aware_on,notified_panel_on,rapid_review_sent_on\r\nLSCP-2024-010,16/12/2024,19/12/2024,2025-01-17\r\nLSCP-2024-011,,2024-12-20,\r\n";
  await page.setInputFiles("#records-csv", { name: "incidents.csv", mimeType: "text/csv", buffer: Buffer.from(incidents) });
  await page.waitForFunction(() => document.querySelector("#records-csv-result")?.textContent.includes("incident"));
  assert.match(await page.textContent("#records-csv-result"), /Row 3, column local_authority_aware_on: empty/);
  assert.match(await page.locator("#records-list").textContent(), /Serious incident 1 \(LSCP-2024-010\)/);
  await nameScenario(page, "Imported");
  const built = JSON.parse((await downloadScenario(page)).text);
  assert.deepEqual(built.records.incidents, [{ caseReference: "LSCP-2024-010", localAuthorityAwareOn: "2024-12-16", notifiedPanelOn: "2024-12-19", rapidReviewSentOn: "2025-01-17" }]);
  assert.equal(built.records.meetings[1].date, "2024-11-12");
  await audit(page, "build records CSV");
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test("build records, done when: a year's meetings and an incident entered in the browser, checked with every clock, downloaded, opened, the same report", async () => {
  const page = await openRecordsAfresh();
  await nameScenario(page, "Lewisham 2024-25 entered in the page");
  for (const date of ["2024-05-14", "2024-07-09", "2024-09-10", "2024-11-12", "2025-01-14", "2025-03-11"]) {
    await addMeeting(page, date, "executive", { "*": "present", ...(date === "2024-11-12" ? { "Metropolitan Police": "apologies" } : {}) });
  }
  await page.fill("#incident-case", "LSCP-2024-002");
  await page.fill("#incident-aware", "2024-12-16");
  await page.fill("#incident-notified", "2024-12-19");
  await page.fill("#incident-partners", "2024-12-19");
  await page.fill("#incident-rapid", "2025-01-17");
  await page.click("#incident-form button[type=submit]");
  await page.waitForFunction(() => document.querySelectorAll("#records-list li").length === 7);
  await page.click("#records-check");
  await page.waitForSelector("#records-result .verdict");
  const file = await downloadScenario(page);
  const expected = await (await fetch(`${base}/v1/scenarios`, { method: "POST", headers: { "Content-Type": "application/json" }, body: file.text })).json();
  assert.ok(expected.report.deadlines.length >= 2);
  assert.equal(await page.locator("#records-result #records-clocks tbody tr").count(), expected.report.deadlines.length);
  for (const d of expected.report.deadlines) {
    assert.ok(await page.locator("#records-result #records-clocks tbody tr", { hasText: d.ruleId }).count() > 0, `${d.ruleId} is listed`);
  }
  const report = await page.locator("#records-result").textContent();
  await audit(page, "build records report");
  await page.locator("#records-result h3").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, "page-records-report.png"), fullPage: false });
  await page.locator("#records-clocks").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, "page-records-clocks.png"), fullPage: false });
  // Opened again in a fresh page, the file gives the same report; so does the Compliance check tab.
  await page.evaluate(() => localStorage.clear());
  const again = await open("records");
  await again.setInputFiles("#records-open", { name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
  await again.waitForFunction(() => document.querySelectorAll("#records-list li").length === 7);
  await again.click("#records-check");
  await again.waitForSelector("#records-result .verdict");
  assert.equal(await again.locator("#records-result").textContent(), report);
  assert.equal((await downloadScenario(again)).text, file.text);
  await again.goto(`${base}/#compliance`);
  await again.setInputFiles("#compliance-file", { name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
  await again.waitForSelector("#compliance-result #verdict");
  assert.equal(await again.locator("#compliance-result").textContent(), report);
  await again.evaluate(() => localStorage.clear());
  await again.close();
  await page.close();
});

test("at phone width (390 px) no tool makes the page wider than the screen", async () => {
  const wide = [];
  for (const tab of ["structure", "calendar", "deadlines", "compliance", "due", "records"]) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/#${tab}`);
    await page.waitForSelector("body[data-ready='true']");
    if (tab === "calendar") { await page.click("#calendar-form button[type=submit]"); await page.waitForSelector("#calendar-result table"); }
    if (tab === "deadlines") { await page.click("#deadlines-form button[type=submit]"); await page.waitForSelector("#deadlines-result table"); }
    if (tab === "compliance") { await page.setInputFiles("#compliance-file", path.join(root, "samples/scenarios/lewisham-2024-25-duties-lapsed.yaml")); await page.waitForSelector("#verdict"); }
    if (tab === "due") { await page.setInputFiles("#due-file", path.join(root, "samples/scenarios/lewisham-2024-25-compliant.yaml")); await page.waitForSelector("#due-result table"); }
    if (tab === "structure") await page.waitForSelector("#structure-result svg");
    if (tab === "records") {
      await page.waitForSelector("#records[data-ready='true']", { state: "attached" });
      await addMeeting(page, "2024-09-10", "partnership-group", { "*": "present" });
      await page.waitForSelector("#records-list li");
      await page.screenshot({ path: path.join(shots, "page-records-phone-form.png"), fullPage: true });
      await page.setInputFiles("#records-open", path.join(root, "samples/scenarios/lewisham-2025-delayed-local-reviews.json"));
      await page.click("#records-check");
      await page.waitForSelector("#records-result .verdict");
      await page.screenshot({ path: path.join(shots, "page-records-phone.png"), fullPage: false });
      await page.evaluate(() => localStorage.clear());
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${tab}: ${width} px`);
    if (tab === "due") await page.screenshot({ path: path.join(shots, "page-due-phone.png"), fullPage: false });
    await page.close();
  }
  assert.deepEqual(wide, []);
});

test("no page wrote an error to the console", () => {
  assert.deepEqual(consoleErrors, []);
});
