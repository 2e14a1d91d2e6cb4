// The analysts' page: every answer comes from the service's public REST API (/v1/...), so this file is also an example
// of calling it. No text from an answer or a file is ever written as HTML: elements are built and filled with textContent.
// The helpers it shares with the compliance report (api, el, table, day, subjectWords, cited, ...) and the report itself are in
// report.js, loaded before this file.


/** Today where the analyst is (the browser's own time zone), as an ISO date: not UTC's, which is yesterday just after midnight in a British summer. */
function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

// ---- Tabs -------------------------------------------------------------------------------------------------------------

function selectTab() {
  const wanted = (location.hash || "#structure").slice(1);
  const tab = ["structure", "calendar", "deadlines", "compliance", "due", "records"].includes(wanted) ? wanted : "structure";
  for (const section of document.querySelectorAll("main > section")) section.hidden = section.id !== tab;
  for (const link of document.querySelectorAll("nav a")) {
    if (link.dataset.tab === tab) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
}

// ---- Partnerships ------------------------------------------------------------------------------------------------------

let partnerships = [];

async function loadPartnerships() {
  const answer = await api("/v1/partnerships");
  partnerships = answer.ok ? answer.body : [];
  for (const id of ["structure-partnership", "calendar-partnership"]) {
    document.getElementById(id).replaceChildren(...partnerships.map((p) => el("option", { value: p.id }, p.name)));
  }
}

// ---- Structure on a date ----------------------------------------------------------------------------------------------

function heldOn(holdings, post, date) {
  return holdings.filter((h) => h.post === post && h.from <= date && (!h.to || date <= h.to)).map((h) => h.person).filter(Boolean);
}

function inForce(item, date) {
  return item.from <= date && (!item.to || date <= item.to);
}

async function showStructure(event) {
  event?.preventDefault();
  const id = document.getElementById("structure-partnership").value;
  const date = document.getElementById("structure-date").value;
  const partnership = partnerships.find((p) => p.id === id);
  document.getElementById("structure-versions").replaceChildren(
    partnership ? "Versions: " : "",
    ...(partnership?.versions ?? []).map((v) => el("button", { type: "button", "data-date": v.effectiveFrom, title: v.title }, `from ${v.effectiveFrom}`)));
  const answer = await api(`/v1/partnerships/${encodeURIComponent(id)}/arrangements?date=${encodeURIComponent(date)}`);
  if (!answer.ok) {
    show("structure-result", problem(answer.body, "No arrangements to show"));
    return;
  }

  const a = answer.body.arrangements;
  const words = answer.body.terminology;
  const bodies = (a.bodies ?? []).filter((b) => inForce(b, date));
  // Who chairs each body that day comes with the arrangements: one request for the whole structure.
  const chairOf = Object.fromEntries((answer.body.chairs ?? []).map((c) => [c.bodyId, c]));
  const agencyName = Object.fromEntries((a.agencies ?? []).map((x) => [x.id, x.name]));
  const posts = Object.fromEntries((a.posts ?? []).map((p) => [p.id, p]));
  const partners = (a.agencies ?? []).filter((x) => x.role === "statutoryPartner");
  const partnerRows = partners.map((p) => {
    const lead = (a.leads ?? []).find((l) => l.partner === p.id);
    const leadPost = lead ? posts[lead.post] : null;
    const delegates = (a.delegations ?? []).filter((d) => d.partner === p.id && inForce(d, date));
    return [
      p.name,
      leadPost ? `${leadPost.title}${heldOn(a.holdings ?? [], leadPost.id, date).map((n) => ` (${n})`).join("")}` : "not recorded",
      delegates.length ? delegates.map((d) => `${posts[d.delegate]?.title ?? d.delegate}${heldOn(a.holdings ?? [], d.delegate, date).map((n) => ` (${n})`).join("")}`).join("; ") : "none recorded",
    ];
  });
  const notes = [];
  const chairText = (b) => {
    const c = chairOf[b.id];
    if (!c) return "no chair recorded";
    const who = [c.person, c.agencyId ? agencyName[c.agencyId] ?? c.agencyId : null].filter(Boolean).join(", ");
    return who || "no chair recorded";
  };
  for (const b of bodies) {
    for (const basis of b.basis ?? []) notes.push(`${b.name}, ${basis.fact}: ${basis.provenance}: ${basis.note}`);
    const c = chairOf[b.id];
    if (c?.basis) notes.push(`${b.name}, chair: ${c.basis.provenance}: ${c.basis.note}`);
  }

  show("structure-result",
    el("h3", {}, `${partnership?.name ?? answer.body.partnershipId}: the arrangements in force on ${date}`),
    el("p", {}, `Version in force from ${answer.body.effectiveFrom}${answer.body.effectiveTo ? ` to ${answer.body.effectiveTo}` : ""}: ${a.title}. Source: ${a.source}`),
    el("h4", {}, `The statutory partners, their ${words.leadTitle}s and ${words.delegateTitle}s`),
    table("The statutory partners on the date", ["Partner", words.leadTitle, words.delegateTitle], partnerRows),
    el("h4", {}, "Bodies, who chairs them, and who reports to whom"),
    diagram(bodies, chairText, date),
    table("Each body's chair on the date", ["Body", "Reports to", "Chair on the date", "How it is known"],
      bodies.map((b) => [
        b.name,
        (b.reportsTo ?? []).map((r) => bodies.find((x) => x.id === r)?.name ?? r).join(", ") || "none",
        chairText(b),
        chairOf[b.id]?.basis ? el("span", { class: "inferred-mark" }, chairOf[b.id].basis.provenance) : "published",
      ])),
    notes.length ? el("div", {}, el("h4", {}, "What is inferred rather than published"), el("ul", {}, [...new Set(notes)].map((n) => el("li", {}, n)))) : null);
  // On a screen narrower than the diagram, its frame opens on the top of the reporting line, not on an empty corner.
  const frame = document.querySelector("#structure-result .diagram-frame");
  if (frame && frame.scrollWidth > frame.clientWidth) frame.scrollLeft = Number(frame.dataset.start) - frame.clientWidth / 2;
}

/** Splits text into lines no wider than `room` as `measure` says; a word wider than the room keeps a line to itself. */
function wrap(text, room, measure) {
  const lines = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const line = lines.length ? `${lines.at(-1)} ${word}` : word;
    if (lines.length && measure(line) <= room) lines[lines.length - 1] = line; else lines.push(word);
  }
  return lines.length ? lines : [""];
}

/** A measure of text as the diagram draws it: the browser lays out a hidden text element with the same font. */
function textMeasurer() {
  const probe = el("svg:text", {});
  const frame = el("svg:svg", { class: "measure", "aria-hidden": "true", width: 0, height: 0 }, probe);
  document.body.append(frame);
  return {
    width(text, size, weight) {
      probe.setAttribute("font-size", size);
      probe.setAttribute("font-weight", weight);
      probe.textContent = text;
      return probe.getComputedTextLength();
    },
    done() { frame.remove(); },
  };
}

/**
 * The bodies as boxes in rows by how far down the reporting line they are, with a line to each body they report to.
 * Each label wraps inside its box (a box grows to fit it); rows are ordered to reduce crossings and placed so that no two
 * boxes overlap; a line runs orthogonally through the gaps between rows, and one that reaches two or more rows up passes
 * the rows between through a lane of its own between their boxes, so no line crosses a box.
 */
function diagram(bodies, chairText, date) {
  if (!bodies.length) return el("p", {}, `No bodies are recorded as in force on ${date}.`);
  const byId = Object.fromEntries(bodies.map((b) => [b.id, b]));
  // Depth: the longest reporting chain above a body (a line that would close a loop is drawn but does not count).
  const depth = {};
  const visiting = new Set();
  const depthOf = (b) => {
    if (depth[b.id] !== undefined) return depth[b.id];
    visiting.add(b.id);
    const parents = (b.reportsTo ?? []).map((r) => byId[r]).filter((p) => p && !visiting.has(p.id));
    depth[b.id] = parents.length ? 1 + Math.max(...parents.map(depthOf)) : 0;
    visiting.delete(b.id);
    return depth[b.id];
  };
  bodies.forEach(depthOf);
  // Each reporting line between two bodies in different rows, drawn from the lower one up to the upper one.
  const edges = [];
  const seenPair = new Set();
  for (const b of bodies) {
    for (const r of b.reportsTo ?? []) {
      const p = byId[r];
      if (!p || p.id === b.id || seenPair.has(`${b.id} ${p.id}`)) continue;
      seenPair.add(`${b.id} ${p.id}`);
      const [lower, upper] = depth[b.id] > depth[p.id] ? [b, p] : [p, b];
      edges.push({ from: b.id, to: p.id, lower: lower.id, upper: upper.id });
    }
  }

  // Nodes: the bodies' boxes, and a lane in each row that a line to a body further up passes through (one lane per
  // body and row, shared by every line on its way to that body).
  const pad = 8, nameSize = 13, nameLeading = 17, chairSize = 12, chairLeading = 16, laneWidth = 8, gapX = 28, minWidth = 184;
  const measurer = textMeasurer();
  const nodes = {};
  try {
    for (const b of bodies) {
      const chair = `Chair: ${chairText(b)}`;
      const words = `${b.name} ${chair}`.split(/\s+/);
      const widest = Math.max(...words.map((w) => measurer.width(w, nameSize, 600)));
      const width = Math.ceil(Math.max(minWidth, widest + 2 * pad + 2));
      const room = width - 2 * pad - 2;
      nodes[b.id] = {
        id: b.id, body: b, row: depth[b.id], width,
        nameLines: wrap(b.name, room, (t) => measurer.width(t, nameSize, 600)),
        chairLines: wrap(chair, room, (t) => measurer.width(t, chairSize, 400)),
        up: [], down: [],
      };
    }
  } finally {
    measurer.done();
  }
  const link = (lowerId, upperId) => {
    if (!nodes[lowerId].up.includes(upperId)) nodes[lowerId].up.push(upperId);
    if (!nodes[upperId].down.includes(lowerId)) nodes[upperId].down.push(lowerId);
  };
  for (const e of edges) {
    let below = e.lower;
    for (let r = depth[e.lower] - 1; r > depth[e.upper]; r--) {
      const lane = `lane ${e.upper} ${r}`;
      nodes[lane] ??= { id: lane, lane: true, row: r, width: laneWidth, up: [], down: [] };
      link(below, lane);
      below = lane;
    }
    link(below, e.upper);
  }

  // Rows, ordered by the mean place of each node's neighbours (a few sweeps down and up); a body with no reporting
  // line at all goes to the end of its row.
  const rows = [];
  for (const n of Object.values(nodes)) (rows[n.row] ??= []).push(n);
  const alone = (n) => !n.up.length && !n.down.length;
  for (const row of rows) row.sort((a, b) => alone(a) - alone(b));
  const place = {};
  const number = () => rows.forEach((row) => row.forEach((n, i) => { place[n.id] = i; }));
  number();
  const order = (row, side) => {
    const key = new Map(row.map((n, i) => [n, n[side].length ? n[side].reduce((s, m) => s + place[m], 0) / n[side].length : i]));
    row.sort((a, b) => alone(a) - alone(b) || key.get(a) - key.get(b));
    row.forEach((n, i) => { place[n.id] = i; });
  };
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let r = 1; r < rows.length; r++) order(rows[r], "up");
    for (let r = rows.length - 2; r >= 0; r--) order(rows[r], "down");
  }

  // Across: each node as near the middle of its neighbours as the order and the gaps allow (overlapping neighbours are
  // pushed apart as a block, centred on where its members would like to be).
  const x = {};
  const widestRow = Math.max(...rows.map((row) => row.reduce((s, n) => s + n.width + gapX, -gapX)));
  for (const row of rows) {
    let left = (widestRow - row.reduce((s, n) => s + n.width + gapX, -gapX)) / 2;
    for (const n of row) { x[n.id] = left; left += n.width + gapX; }
  }
  const centre = (id) => x[id] + nodes[id].width / 2;
  const settle = (row, side) => {
    const blocks = [];
    for (const n of row) {
      const want = n[side].length ? n[side].reduce((s, m) => s + centre(m), 0) / n[side].length - n.width / 2 : x[n.id];
      blocks.push({ members: [{ n, offset: 0 }], width: n.width, sum: want, count: 1 });
      while (blocks.length > 1) {
        const [a, b] = blocks.slice(-2);
        if (a.sum / a.count + a.width + gapX <= b.sum / b.count) break;
        const shift = a.width + gapX;
        for (const m of b.members) a.members.push({ n: m.n, offset: m.offset + shift });
        a.sum += b.sum - shift * b.count;
        a.count += b.count;
        a.width += gapX + b.width;
        blocks.pop();
      }
    }
    for (const block of blocks) for (const m of block.members) x[m.n.id] = block.sum / block.count + m.offset;
  };
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let r = 1; r < rows.length; r++) settle(rows[r], "up");
    for (let r = rows.length - 2; r >= 0; r--) settle(rows[r], "down");
  }
  const margin = 12;
  const leftmost = Math.min(...Object.keys(x).map((id) => x[id]));
  for (const id of Object.keys(x)) x[id] = Math.round(x[id] - leftmost + margin);
  const width = Math.max(...Object.keys(x).map((id) => x[id] + nodes[id].width)) + margin;

  // Down: each row as tall as its tallest box; between two rows, a track for each body or lane the lines below it go up to.
  const boxHeight = (n) => (n.lane ? 0 : 2 * pad + n.nameLines.length * nameLeading + 4 + n.chairLines.length * chairLeading);
  const rowHeight = rows.map((row) => Math.max(0, ...row.map(boxHeight)));
  const trackGap = 12, minGap = 40;
  const tracks = rows.map((row) => row.filter((n) => n.down.length).sort((a, b) => centre(a.id) - centre(b.id)));
  const top = [];
  const trackY = {};
  let y = margin;
  rows.forEach((row, r) => {
    top[r] = y;
    y += rowHeight[r];
    if (r < rows.length - 1) {
      const gap = Math.max(minGap, (tracks[r].length + 1) * trackGap);
      tracks[r].forEach((n, i) => { trackY[n.id] = y + ((i + 1) * gap) / (tracks[r].length + 1); });
      y += gap;
    }
  });
  const height = y + margin;

  // Where a line leaves a box: spread along its top, in the order of the bodies or lanes it goes up to.
  const leave = {};
  for (const n of Object.values(nodes)) {
    const ups = [...n.up].sort((a, b) => centre(a) - centre(b));
    ups.forEach((u, i) => { leave[`${n.id} ${u}`] = n.lane ? centre(n.id) : x[n.id] + (n.width * (i + 1)) / (ups.length + 1); });
  }
  const route = (e) => {
    let px = leave[`${e.lower} ${nodes[e.lower].up.find((u) => u === e.upper || u === `lane ${e.upper} ${depth[e.lower] - 1}`)}`];
    const points = [[px, top[depth[e.lower]]]];
    for (let r = depth[e.lower] - 1; r >= depth[e.upper]; r--) {
      const next = r === depth[e.upper] ? e.upper : `lane ${e.upper} ${r}`;
      const tx = centre(next);
      points.push([px, trackY[next]], [tx, trackY[next]]);
      px = tx;
    }
    points.push([px, top[depth[e.upper]] + rowHeight[depth[e.upper]]]);
    return points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1])
      .map(([px2, py]) => `${Math.round(px2 * 10) / 10},${Math.round(py * 10) / 10}`).join(" ");
  };
  // The lines to one body are drawn together over a white halo, so that where lines to another body cross them the
  // crossing shows a break, not what looks like a joint.
  const lines = [...new Set(edges.map((e) => e.upper))].map((upper) => {
    const group = edges.filter((e) => e.upper === upper).map((e) => ({ e, points: route(e) }));
    return el("svg:g", { class: "reporting-lines" },
      group.map(({ points }) => el("svg:polyline", { class: "halo", points, fill: "none", stroke: "#ffffff", "stroke-width": 6, "stroke-linejoin": "round" })),
      group.map(({ e, points }) => el("svg:polyline", { points, fill: "none", stroke: "#4a4a4a", "stroke-width": 1.5, "stroke-linejoin": "round", "data-from": e.from, "data-to": e.to })));
  });

  const boxes = bodies.map((b) => {
    const n = nodes[b.id];
    const inferred = (b.basis ?? []).length > 0;
    const left = x[b.id], boxTop = top[n.row];
    const lineText = (lines2, first, leading, attributes) => el("svg:text", { x: left + pad, y: first, ...attributes },
      lines2.map((line, i) => el("svg:tspan", { x: left + pad, y: first + i * leading }, line)));
    const nameTop = boxTop + pad + nameSize;
    const chairTop = boxTop + pad + n.nameLines.length * nameLeading + 4 + chairSize;
    return el("svg:g", { "data-body": b.id },
      el("svg:title", {}, `${b.name}: chaired by ${chairText(b)}${inferred ? " (some facts inferred)" : ""}`),
      el("svg:rect", { x: left, y: boxTop, width: n.width, height: rowHeight[n.row], rx: 6, fill: "#f2f5f8", stroke: inferred ? "#7a4b00" : "#0b4f8a", "stroke-width": 1.5, "stroke-dasharray": inferred ? "6 4" : null }),
      lineText(n.nameLines, nameTop, nameLeading, { "font-size": nameSize, "font-weight": 600, fill: "#1b1b1b" }),
      lineText(n.chairLines, chairTop, chairLeading, { "font-size": chairSize, fill: "#4a4a4a" }));
  });
  // The picture scrolls sideways in its own frame on a narrow screen (the caption stays put), and the frame takes the
  // keyboard's focus to do so; data-start is where a narrow frame first looks: the middle of the top of the reporting line.
  const head = rows[0].find((n) => n.down.length) ?? rows[0][0];
  return el("figure", { class: "diagram" },
    el("div", { class: "diagram-frame", tabindex: 0, "data-start": Math.round(centre(head.id)) },
      el("svg:svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "structure-caption" }, lines, boxes)),
    el("figcaption", { id: "structure-caption" }, `${bodies.length} bodies on ${date}; a line joins a body to the body it reports to, above it. The table below says the same in words.`));
}

// ---- Meeting calendar -------------------------------------------------------------------------------------------------

async function loadBodies() {
  const id = document.getElementById("calendar-partnership").value;
  const year = document.getElementById("calendar-year").value;
  const answer = await api(`/v1/partnerships/${encodeURIComponent(id)}/arrangements?date=${encodeURIComponent(`${year}-04-01`)}`);
  const bodies = answer.ok ? answer.body.arrangements.bodies ?? [] : [];
  const select = document.getElementById("calendar-body");
  const keep = select.value;
  select.replaceChildren(...bodies.filter((b) => b.meetingsPerYear).map((b) => el("option", { value: b.id, selected: b.id === keep }, b.name)));
}

async function showCalendar(event) {
  event?.preventDefault();
  const id = document.getElementById("calendar-partnership").value;
  const body = document.getElementById("calendar-body").value;
  const year = document.getElementById("calendar-year").value;
  const starts = document.getElementById("calendar-year-starts").value;
  const query = `year=${encodeURIComponent(year)}&yearStarts=${encodeURIComponent(starts)}`;
  const base = `/v1/partnerships/${encodeURIComponent(id)}/bodies/${encodeURIComponent(body)}`;
  const answer = await api(`${base}/schedule?${query}`);
  if (!answer.ok) {
    show("calendar-result", problem(answer.body, "No schedule"));
    return;
  }

  const name = document.getElementById("calendar-body").selectedOptions[0]?.textContent ?? body;
  show("calendar-result",
    el("h3", {}, `${name}: ${answer.body.length} meetings expected in the year starting ${starts === "april" ? "April" : "January"} ${year}`),
    el("p", {}, el("a", { href: `${base}/schedule.ics?${query}`, download: `${id}-${body}-${year}.ics` }, `Download the ${year} calendar (.ics)`)),
    table("Expected meetings", ["Meeting", "Window opens", "Window closes", "Planning date"],
      answer.body.map((m) => [String(m.number), day(m.windowStart), day(m.windowEnd), day(m.nominalDate)])));
}

// ---- Deadline calculator ----------------------------------------------------------------------------------------------


async function showDeadlines(event) {
  event?.preventDefault();
  const value = (id) => document.getElementById(id).value || undefined;
  const incident = {
    caseReference: value("deadlines-case"),
    localAuthorityAwareOn: value("deadlines-aware"),
    notifiedPanelOn: value("deadlines-notified"),
    reportedToPartnersOn: value("deadlines-partners"),
    rapidReviewSentOn: value("deadlines-rapid"),
  };
  const answer = await api("/v1/deadlines", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ incident, asOf: value("deadlines-as-of") }),
  });
  if (!answer.ok) {
    show("deadlines-result", problem(answer.body, "The clocks could not be calculated"));
    return;
  }

  const rules = answer.body.rules;
  show("deadlines-result",
    table("The statutory clocks", ["Clock", "Counted from", "Due", "Done", "Status", "How it was counted"],
      answer.body.deadlines.map((d) => [
        el("span", {}, el("span", { class: "nowrap" }, d.ruleId), `: ${rules[d.ruleId]?.title ?? ""}`),
        d.anchorDate ? el("span", {}, `${d.anchorName}, `, day(d.anchorDate)) : d.anchorName,
        d.dueOn ? day(d.dueOn) : "not yet known",
        day(d.completedOn),
        el("span", { class: `status-${d.status}` }, statusWords[d.status] ?? d.status),
        d.explanation,
      ])),
    el("p", {}, "Sources: ", Object.entries(rules).map(([id, r]) => `${id}: ${cited(r.citation)}`).join("; ")));
}

// ---- Compliance check -------------------------------------------------------------------------------------------------


async function checkFile(file) {
  if (!file) return;
  const text = await file.text();
  const yaml = !/\.json$/i.test(file.name);
  show("compliance-result", el("p", {}, `Checking ${file.name}…`));
  const answer = await api("/v1/scenarios", {
    method: "POST",
    headers: { "Content-Type": yaml ? "application/yaml" : "application/json", Accept: "application/json" },
    body: text,
  });
  if (!answer.ok) {
    show("compliance-result", problem(answer.body, `${file.name} could not be checked`));
    return;
  }

  show("compliance-result", ...complianceReport(answer.body, file.name));
}

// ---- What is due ------------------------------------------------------------------------------------------------------

/** The Monday of the week containing an ISO date, as an ISO date. */
function mondayOf(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

let dueFile = null;
let dueAsked = 0;

async function showDue(file) {
  if (file) dueFile = file;
  if (!dueFile) return;
  // The latest question wins: an answer to an earlier one (another file, another horizon) that arrives later is dropped.
  const asked = ++dueAsked;
  const horizon = document.getElementById("due-days").value;
  const text = await dueFile.text();
  const headers = { "Content-Type": /\.json$/i.test(dueFile.name) ? "application/json" : "application/yaml" };
  show("due-result", el("p", {}, `Reading ${dueFile.name}…`));
  const query = `?horizonDays=${encodeURIComponent(horizon)}`;
  const answer = await api(`/v1/scenarios/due${query}`, { method: "POST", headers: { ...headers, Accept: "application/json" }, body: text });
  if (asked !== dueAsked) return;
  if (!answer.ok) {
    show("due-result", problem(answer.body, `${dueFile.name} could not be read`));
    return;
  }

  const list = answer.body;
  const feed = await fetch(`/v1/scenarios/due.ics${query}`, { method: "POST", headers: { ...headers, Accept: "text/calendar" }, body: text });
  if (asked !== dueAsked) return;
  const download = feed.ok ? el("a", { href: URL.createObjectURL(await feed.blob()), download: `${list.partnershipId}-due-${list.asOf}.ics` }, "Download the list as a calendar file (.ics)") : null;
  const rows = (items) => table(`What is due`, ["Latest day", "Rule", "About", "What must happen", "To confirm"],
    items.map((o) => [day(o.latestOn, true), el("span", { class: "nowrap" }, o.ruleId), el("span", { title: o.subject }, subjectWords(o.subject)), o.action, (o.toConfirm ?? []).map((t) => t.fact).join("; ") || "—"]));
  const overdue = list.obligations.filter((o) => o.overdue);
  const weeks = new Map();
  for (const o of list.obligations.filter((o) => !o.overdue)) {
    const week = mondayOf(o.latestOn);
    weeks.set(week, [...(weeks.get(week) ?? []), o]);
  }
  show("due-result",
    el("h3", {}, `What is due for ${list.partnershipId} on `, day(list.asOf, true), ", to ", day(list.until, true)),
    el("p", {}, `${list.obligations.length} obligation(s), ${overdue.length} overdue. Rulebook ${list.rulebookVersion}, calendar ${list.calendarVersion}.`),
    download ? el("p", {}, download) : null,
    overdue.length ? el("div", { class: "due-group", id: "due-overdue" }, el("h4", {}, `Overdue (${overdue.length})`), rows(overdue)) : null,
    ...[...weeks].map(([week, items]) => el("div", { class: "due-group" }, el("h4", {}, "Week of ", day(week, true)), rows(items))),
    list.obligations.length ? el("div", {}, el("h4", {}, "Sources"), el("ul", {},
      Object.entries(list.rules).map(([id, rule]) => el("li", {}, el("strong", {}, id), ` ${rule.title}: ${cited(rule.citation)}`)))) : el("p", {}, "Nothing is due in these days."));
}

// ---- Start ------------------------------------------------------------------------------------------------------------

window.addEventListener("hashchange", selectTab);
document.addEventListener("DOMContentLoaded", async () => {
  selectTab();
  const now = today();
  document.getElementById("structure-date").value = now;
  document.getElementById("calendar-year").value = String(Number(now.slice(0, 4)) - (Number(now.slice(5, 7)) < 4 ? 1 : 0));
  document.getElementById("deadlines-aware").value = "2024-12-16";
  document.getElementById("deadlines-notified").value = "2024-12-19";
  document.getElementById("deadlines-as-of").value = "2025-02-01";
  await loadPartnerships();
  document.getElementById("structure-form").addEventListener("submit", showStructure);
  document.getElementById("structure-versions").addEventListener("click", (e) => {
    const date = e.target?.dataset?.date;
    if (date) { document.getElementById("structure-date").value = date; showStructure(); }
  });
  document.getElementById("calendar-form").addEventListener("submit", showCalendar);
  for (const id of ["calendar-partnership", "calendar-year"]) document.getElementById(id).addEventListener("change", loadBodies);
  document.getElementById("deadlines-form").addEventListener("submit", showDeadlines);
  const input = document.getElementById("compliance-file");
  input.addEventListener("change", () => checkFile(input.files[0]));
  const drop = document.getElementById("compliance-drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); checkFile(e.dataTransfer.files[0]); });
  const dueInput = document.getElementById("due-file");
  dueInput.addEventListener("change", () => showDue(dueInput.files[0]));
  document.getElementById("due-days").addEventListener("change", () => showDue());
  const dueDrop = document.getElementById("due-drop");
  dueDrop.addEventListener("dragover", (e) => { e.preventDefault(); dueDrop.classList.add("over"); });
  dueDrop.addEventListener("dragleave", () => dueDrop.classList.remove("over"));
  dueDrop.addEventListener("drop", (e) => { e.preventDefault(); dueDrop.classList.remove("over"); showDue(e.dataTransfer.files[0]); });
  await Promise.all([showStructure(), loadBodies()]);
  document.body.dataset.ready = "true";
});
