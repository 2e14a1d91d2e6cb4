// The compliance answer's report: every function here takes the answer (or a part of it) and gives elements or text,
// never reading or changing the page's tabs or forms, so that the analysts' page (app.js) and any other HTML report can
// show the same thing. A classic script (not a module), loaded before app.js: its functions are the page's globals.
// No text from an answer is ever written as HTML: elements are built with el(...) and filled with textContent.

const svgNs = "http://www.w3.org/2000/svg";

/** An element with attributes and children (strings become text nodes). */
function el(tag, attributes = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(svgNs, tag.slice(4)) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A table in its own scrolling box, so that a wide one never makes the page wider than a phone's screen (the box takes
 * the keyboard's focus, so that it can be scrolled without a mouse). */
function table(caption, headings, rows) {
  return el("div", { class: "table-wrap", tabindex: 0 }, el("table", {},
    el("caption", { class: "visually-plain" }, caption),
    el("thead", {}, el("tr", {}, headings.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows.map((cells) => el("tr", {}, cells.map((c) => el("td", {}, c)))))));
}

/** Calls the API; answers { ok, status, body } with the problem+json body when it refuses. */
async function api(path, options = {}) {
  const response = await fetch(path, { headers: { Accept: "application/json" }, ...options });
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = { detail: text }; }
  return { ok: response.ok, status: response.status, body };
}

/** Shows nodes in the element with id target, in place of what it held (null and undefined left out). */
function show(target, ...nodes) {
  document.getElementById(target).replaceChildren(...nodes.filter((n) => n !== null && n !== undefined));
}

/**
 * A problem+json answer, each error with its line (for a file), the field it is about and its message. The service's
 * detail is written for programs ("errors says where"); with a list of problems the page says it in its own words.
 * where(path), when given, names the field as the analyst entered it (Build records: "Meeting 2 (...), its body").
 */
function problem(body, what, where = null) {
  const errors = body?.errors ?? [];
  const item = (e) => where
    ? el("li", {}, `${where(e.path)}: ${e.message} `, el("code", { class: "path" }, e.path))
    : el("li", {}, e.line ? `Line ${e.line}, ` : "", "at ", el("code", {}, e.path), `: ${e.message}`);
  return el("div", { class: "error", role: "alert" },
    el("strong", {}, `${what}: ${body?.title ?? "the service refused the request"}.`),
    errors.length
      ? el("p", {}, errors.length === 1 ? "Correct this and try again:" : `Correct these ${errors.length} problems and try again:`)
      : body?.detail ? el("p", {}, body.detail) : null,
    errors.length ? el("ul", {}, errors.map(item)) : null);
}

/** A date in words, "14 January 2025" (or "Fri 16 May 2025" with the weekday), as text. */
function dayWords(iso, weekday = false) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", { weekday: weekday ? "short" : undefined, day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** A date as people read it, with the ISO date kept in the time element (and shown on hover); empty for no date. */
function day(iso, weekday = false) {
  if (!iso) return "";
  return el("time", { datetime: iso, title: iso, class: "nowrap" }, dayWords(iso, weekday));
}

/** A run of days: one date, or "from to to". */
function days(from, to) {
  return from === to ? day(from) : el("span", {}, day(from), " to ", day(to));
}

/** What a finding or a clock is about, in words: "document:yearlyReport:Yearly report 2023-24" reads "Yearly report 2023-24 (a yearly report)". */
const subjectKinds = {
  partnership: "The partnership", agency: "Agency", body: "Body", meeting: "Meeting", decision: "Decision", delegation: "Delegation",
  incident: "Serious incident", "death-review": "Child death", "death-review-report": "Child death overview report", "yearly-report": "Yearly report",
  recommendation: "Recommendation", action: "Action", audit: "Multi-agency audit",
};
const documentKinds = { arrangements: "the published arrangements", yearlyReport: "a yearly report", budget: "a shared budget", thresholds: "a threshold document" };
function subjectWords(subject) {
  const colon = subject.indexOf(":");
  const kind = subject.slice(0, colon), id = subject.slice(colon + 1);
  if (kind === "document") {
    const [documentKind, ...title] = id.split(":");
    return `${title.join(":")} (${documentKinds[documentKind] ?? documentKind})`;
  }
  if (kind === "yearly-report" && id === "next") return "The next yearly report";
  if (kind === "death-review-report" && id === "next") return "The next child death overview report";
  return subjectKinds[kind] ? `${subjectKinds[kind]} ${id}` : subject;
}

/** A finding's severity in words. */
const severityWords = { breach: "Breach", warning: "Warning", information: "For information" };

/** A citation's confidence in words. */
const confidenceWords = { confirmed: "confirmed", likely: "likely", localPractice: "local practice" };

/** A rule's source with its confidence in words: "Working Together 2023, chapter 4 (likely)". */
function cited(citation) {
  return citation ? `${citation.source} (${confidenceWords[citation.confidence] ?? citation.confidence})` : "";
}


const statusWords = { met: "met", metLate: "met late", due: "due", overdue: "overdue", awaitingAnchor: "waiting for its start", notApplicable: "not applicable" };

const verdictWords = { compliant: "Compliant", compliantWithWarnings: "Compliant, with warnings", notCompliant: "Not compliant", notAssessed: "Not assessed" };

/** The third question from the learning records: what was done on time and with evidence of impact, or what to record. */
function difference(learning, percent) {
  if (!learning) return el("p", {}, "This answer carries no learning measures.");
  return el("ul", {},
    learning.recommendationsRecorded ? [
      el("li", {}, `Actions done by their due date: ${percent(learning.onTimePercent)} (${learning.actionsOnTime} of ${learning.actionsDue} due; ${learning.actionsLate} late, ${learning.actionsOverdue} overdue)`),
      el("li", {}, `Actions done with evidence of impact: ${percent(learning.impactEvidencedPercent)} (${learning.actionsDoneWithImpact} of ${learning.actionsDone} done)`),
    ] : null,
    learning.auditsRecorded ? el("li", {}, `Planned multi-agency audits finished: ${percent(learning.auditsCompletedPercent)} (${learning.auditsCompleted} of ${learning.auditsPlanned})`) : null,
    learning.recommendationsRecorded || learning.auditsRecorded
      ? el("li", {}, `Themes raised again: ${learning.repeatThemes.length ? learning.repeatThemes.join("; ") : "none"}`) : null,
    (learning.toRecord ?? []).map((t) => el("li", {}, `To record: ${t}`)));
}

const questionWords = { howMuch: "How much", howWell: "How well", difference: "What difference" };
const changeWords = { up: "up", down: "down", same: "unchanged", notComparable: "not comparable" };

/** This period against the previous one, measure by measure, in words. */
function comparison(c) {
  if (!c) return el("p", {}, "No previous period to compare with: none of its days can be assessed.");
  const value = (x) => (x === undefined || x === null ? "none" : String(Math.round(x * 10) / 10));
  const words = (change) => `${changeWords[change.direction] ?? change.direction}${change.improved === true ? ", better" : change.improved === false ? ", worse" : ""}`;
  const rows = c.changes.filter((x) => x.current !== undefined || x.previous !== undefined).map((x) => [questionWords[x.question] ?? x.question, x.label, value(x.current), value(x.previous), words(x)]);
  return el("div", { id: "comparison" },
    el("h4", {}, "Against ", days(c.previous.start, c.previous.end), ", from the same records"),
    c.note ? el("p", {}, c.note) : null,
    table("Each measure this period and the previous one", ["Question", "Measure", "This period", "Previous", "Change"], rows));
}

/** A table of findings, each with its rule's source and confidence. */
function findingsTable(caption, findings, report) {
  return el("div", { class: "findings" }, table(caption, ["Rule", "Severity", "About", "When", "Finding", "Source"],
    findings.map((f) => [
      el("span", { class: "nowrap" }, f.ruleId),
      el("span", { class: `severity-${f.severity}` }, severityWords[f.severity] ?? f.severity),
      el("span", { title: f.subject }, subjectWords(f.subject)),
      days(f.from, f.to),
      f.message,
      cited(report.rules[f.ruleId]?.citation),
    ])));
}

/** A clock's limit is counted in working days ("15 working days") or in calendar days or months ("12 months"). */
function clockUnit(d) {
  return /working day/.test(d.limit ?? "") ? "working day" : "day";
}

/** "1 working day", "3 working days". */
function plural(n, unit) {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** Where a clock stands, in words, from its fields: met on time, met late by N, overdue by N, still running with N left. */
function clockStatus(d) {
  const unit = clockUnit(d);
  const n = unit === "working day" ? d.workingDays : d.calendarDays;
  const by = n === undefined || n === null ? "" : ` by ${plural(n, unit)}`;
  const suspended = d.suspension && (d.status === "metLate" || d.status === "overdue")
    ? `; the rule was suspended (${d.suspension.reason}), so it is not a breach` : "";
  const explained = d.delayExplained === true ? "; the delay was explained in time" : d.delayExplained === false ? "; the delay was not explained in time" : "";
  switch (d.status) {
    case "met": return `Met on time${d.takenWorkingDays === undefined || d.takenWorkingDays === null ? "" : `, in ${plural(d.takenWorkingDays, "working day")}`}`;
    case "metLate": return `Met late${by}${suspended}${explained}`;
    case "overdue": return `Overdue${by}${suspended}${explained}`;
    case "due": return n === 0 ? "Still running: due today" : n === undefined || n === null ? "Still running" : `Still running: ${plural(n, unit)} left`;
    case "awaitingAnchor": return `Waiting for its start (${d.anchorName} is not recorded)`;
    case "notApplicable": return "Not applicable";
    default: return statusWords[d.status] ?? d.status;
  }
}

/** A rule id kept whole, then its title: "TS-RAPID-01: The rapid review is completed…". */
function ruleCell(ruleId, title) {
  return [el("span", { class: "nowrap" }, ruleId), title ? `: ${title}` : ""];
}

/** Every clock of the answer, one row each, in the answer's order. */
function clocksTable(report) {
  return el("div", { id: "clocks" }, table("Every clock: when it started, when it was due, when it was met, where it stands, and its source",
    ["Clock", "About", "Counted from", "Due", "Met on", "Status", "Source"],
    report.deadlines.map((d) => [
      ruleCell(d.ruleId, report.rules[d.ruleId]?.title),
      el("span", { title: d.subject }, subjectWords(d.subject)),
      d.anchorDate ? el("span", {}, `${d.anchorName}, `, day(d.anchorDate)) : `${d.anchorName} (not recorded)`,
      d.dueOn ? day(d.dueOn) : "not yet known",
      day(d.completedOn),
      el("span", { class: `status-${d.status}` }, clockStatus(d)),
      cited(report.rules[d.ruleId]?.citation),
    ])));
}

/** A percentage as shown: one decimal at most; a dash for none. */
function percentText(x) {
  return x === undefined || x === null ? "—" : `${Math.round(x * 10) / 10}%`;
}

/** Meetings held against expected per body, the clocks' performance and the meetings quorate. */
function measuresSection(report) {
  const m = report.measures;
  const none = (x) => (x === undefined || x === null ? "—" : String(x));
  return el("div", { id: "measures" },
    el("h5", {}, "Meetings per body"),
    el("div", { id: "measures-bodies" }, table("Meetings held against the meetings each body's cadence expects in the period",
      ["Body", "Held", "Expected", "Held against expected", "Cadence windows"],
      (m.bodies ?? []).map((b) => [
        b.name, String(b.held),
        b.expected === undefined || b.expected === null ? "as needed" : String(b.expected),
        b.expected === undefined || b.expected === null ? `${b.held} held; it meets as needed`
          : `${b.held} of ${b.expected}${b.expected > 0 ? ` (${percentText((100 * b.held) / b.expected)})` : ""}`,
        windowsWords(b),
      ]))),
    el("p", {}, `Meetings quorate: ${percentText(m.percentQuorate)} (${m.meetingsQuorate} of ${m.meetingsAssessedForQuorum} assessed)`),
    el("h5", {}, "Clocks' performance"),
    el("div", { id: "measures-clocks" }, table("Each clock's rule: how many were met on time, late or are overdue, and the median working days taken",
      ["Clock", "On time", "Late", "Overdue", "On time (%)", "Median working days"],
      (m.clocks ?? []).map((c) => [ruleCell(c.ruleId, c.title), String(c.onTime), String(c.late), String(c.overdue), percentText(c.onTimePercent), none(c.medianWorkingDays)]))));
}

/** The assessed period as a line: each finding a bar above it (by severity), each clock's due date a dot below it, labelled. */
function timeline(report) {
  const start = Date.parse(report.period.start), end = Date.parse(report.period.end);
  const width = 900, left = 20, right = 20, axis = 68, dot = axis + 12, firstLabel = axis + 38, lane = 17, charWidth = 7.6;
  const x = (iso) => left + ((Date.parse(iso) - start) / Math.max(1, end - start)) * (width - left - right);
  const colour = { breach: "#a4161a", warning: "#7a4b00", information: "#0b4f8a" };
  const clockColour = { met: "#1e5e2b", metLate: "#a4161a", overdue: "#a4161a" };
  const shortStatus = { met: "met", metLate: "late", overdue: "overdue", due: "running" };
  const clocks = report.deadlines.filter((d) => d.dueOn && d.dueOn >= report.period.start && d.dueOn <= report.period.end)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.ruleId.localeCompare(b.ruleId));
  // Each label beside its dot, in the first row where it overlaps no other label (its width estimated generously).
  const ends = [];
  const labels = clocks.map((d) => {
    const text = `${d.ruleId} ${dayWords(d.dueOn)} (${shortStatus[d.status] ?? statusWords[d.status] ?? d.status})`;
    const w = text.length * charWidth, cx = x(d.dueOn);
    const toLeft = cx - 4 + w > width - 2;
    const from = toLeft ? cx + 4 - w : cx - 4, to = from + w;
    let row = ends.findIndex((e) => e + 10 <= from);
    if (row < 0) { ends.push(to); row = ends.length - 1; } else ends[row] = to;
    return { d, text, cx, row, toLeft };
  });
  const height = firstLabel + Math.max(1, ends.length) * lane;
  const marks = [
    ...report.findings.map((f, i) => el("svg:rect", { x: x(f.from), y: 22 + (i % 4) * 9, width: Math.max(3, x(f.to) - x(f.from)), height: 7, fill: colour[f.severity] ?? "#4a4a4a" },
      el("svg:title", {}, `${f.ruleId} ${severityWords[f.severity] ?? f.severity}, ${dayWords(f.from)}${f.to !== f.from ? ` to ${dayWords(f.to)}` : ""}: ${f.message}`))),
    // The leader lines first, then the dots, then the labels, each label on a white halo so that no line runs through its words.
    ...labels.map(({ cx, row }) => el("svg:line", { x1: cx, y1: dot + 5, x2: cx, y2: firstLabel + row * lane - 11, stroke: "#8a8a8a", "stroke-width": 1 })),
    ...labels.map(({ d, cx }) => el("svg:circle", { cx, cy: dot, r: 5, fill: clockColour[d.status] ?? "#0b4f8a" },
      el("svg:title", {}, `${d.ruleId} due ${dayWords(d.dueOn)}: ${clockStatus(d)}`))),
    ...labels.map(({ text, cx, row, toLeft }) => el("svg:text", { class: "clock-label", x: toLeft ? cx + 4 : cx - 4, y: firstLabel + row * lane, "font-size": 12, fill: "#1b1b1b",
      stroke: "#ffffff", "stroke-width": 4, "stroke-linejoin": "round", "paint-order": "stroke", "text-anchor": toLeft ? "end" : "start" }, text)),
  ];
  return el("figure", { id: "timeline" },
    el("svg:svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "timeline-caption" },
      el("svg:line", { x1: left, y1: axis, x2: width - right, y2: axis, stroke: "#1b1b1b", "stroke-width": 1.5 }),
      el("svg:text", { x: left, y: 14, "font-size": 12, fill: "#1b1b1b" }, dayWords(report.period.start)),
      el("svg:text", { x: width - right, y: 14, "font-size": 12, fill: "#1b1b1b", "text-anchor": "end" }, dayWords(report.period.end)),
      marks),
    el("figcaption", { id: "timeline-caption" }, `The period from ${dayWords(report.period.start)} to ${dayWords(report.period.end)}: bars above the line are findings (red breach, brown warning, blue information); dots below it are the clocks due in the period, each labelled with its rule and due date (green met on time, red met late or overdue, blue still running). The tables list the same.`));
}

/** Labels placed along one row: each in the first lane (from 0) where it overlaps no other label (its width estimated
 * generously), beside its mark, or ending at it when it would run past the right edge. */
function placeLabels(items, width, charWidth = 7.2) {
  const ends = [];
  const placed = items.map((item) => {
    const w = item.text.length * charWidth;
    const toLeft = item.x - 4 + w > width - 2;
    const from = toLeft ? item.x + 4 - w : item.x - 4, to = from + w;
    let lane = ends.findIndex((e) => e + 10 <= from);
    if (lane < 0) { ends.push(to); lane = ends.length - 1; } else ends[lane] = to;
    return { ...item, lane, toLeft };
  });
  return { placed, lanes: ends.length };
}

/** One row's labels below its marks: a leader line from the mark down to each label, the label on a white halo. */
function rowLabels(placed, markBottom, firstLabel, lane, className) {
  return [
    ...placed.map(({ x, lane: l }) => el("svg:line", { x1: x, y1: markBottom, x2: x, y2: firstLabel + l * lane - 10, stroke: "#8a8a8a", "stroke-width": 1 })),
    ...placed.map(({ x, lane: l, text, toLeft }) => el("svg:text", { class: className, x: toLeft ? x + 4 : x - 4, y: firstLabel + l * lane, "font-size": 12, fill: "#1b1b1b",
      stroke: "#ffffff", "stroke-width": 4, "stroke-linejoin": "round", "paint-order": "stroke", "text-anchor": toLeft ? "end" : "start" }, text)),
  ];
}

/** A body's cadence windows in words: "2 of 3 met; missed 1 June to 31 July 2024", or "meets as needed". */
function windowsWords(b) {
  if (b.expected === undefined || b.expected === null) return "meets as needed";
  const windows = b.windows ?? [];
  const missed = windows.filter((w) => !w.met);
  return `${windows.length - missed.length} of ${windows.length} met${missed.length ? `; missed ${missed.map((w) => `${dayWords(w.start)} to ${dayWords(w.end)}`).join(", ")}` : ""}`;
}

/** The period row by row: one row per body (its name; its cadence windows as bands, met plain and labelled "met", missed
 * hatched and labelled "missed"; each meeting a diamond, labelled with its date), then one row per clock (its rule and
 * subject; a line from its start to its due date, a diamond on the due date, a dot on the day it was met, each labelled). */
function rowsTimeline(report) {
  const day0 = Date.parse(report.period.start), dayN = Date.parse(report.period.end) + 86_400_000;
  const width = 900, left = 20, right = 20, lane = 16, band = 22;
  const x = (iso, endOfDay = false) => {
    const t = Date.parse(iso) + (endOfDay ? 86_400_000 : 0);
    return left + Math.min(1, Math.max(0, (t - day0) / Math.max(1, dayN - day0))) * (width - left - right);
  };
  const parts = [];
  const ticks = [];
  const [y0, m0] = report.period.start.split("-").map(Number);
  for (let i = 0; ; i++) {
    const month = new Date(Date.UTC(y0, m0 - 1 + i, 1));
    const iso = month.toISOString().slice(0, 10);
    if (iso > report.period.end) break;
    ticks.push({ iso: iso < report.period.start ? report.period.start : iso, text: month.toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" }) });
  }
  let y = 26;
  for (const b of report.measures.bodies ?? []) {
    const bandTop = y + 20, middle = bandTop + band / 2;
    parts.push(el("svg:g", { class: "timeline-row", "data-body": b.bodyId },
      el("svg:text", { class: "row-label", x: left, y: y + 13, "font-size": 13, "font-weight": 600, fill: "#1b1b1b" },
        `${b.name}: ${b.held} held; ${b.expected === undefined || b.expected === null ? "meets as needed"
          : `${(b.windows ?? []).filter((w) => w.met).length} of ${(b.windows ?? []).length} windows met`}`),
      el("svg:line", { x1: left, y1: middle, x2: width - right, y2: middle, stroke: "#c4c4c4", "stroke-width": 1 }),
      (b.windows ?? []).map((w) => {
        const x1 = x(w.start) + 1, w1 = Math.max(2, x(w.end, true) - x(w.start) - 2);
        // The window's word at its left end, or at its right end when a meeting's diamond would sit on it there.
        const atLeft = !(b.meetings ?? []).some((m) => m.date >= w.start && m.date <= w.end && x(m.date) < x1 + 60);
        return el("svg:g", { class: `window ${w.met ? "met" : "missed"}`, "data-start": w.start, "data-end": w.end },
          el("svg:title", {}, `${b.name}: ${dayWords(w.start)} to ${dayWords(w.end)}, ${w.met ? "met" : "missed"}`),
          el("svg:rect", { x: x1, y: bandTop, width: w1, height: band, fill: w.met ? "#e3f1e6" : "url(#missed-hatch)",
            stroke: w.met ? "#1e5e2b" : "#a4161a", "stroke-width": 1.5, "stroke-dasharray": w.met ? null : "5 3" }),
          el("svg:text", { class: "window-label", x: w1 < 48 ? x1 + w1 / 2 : atLeft ? x1 + 6 : x1 + w1 - 6, y: bandTop + 15, "font-size": 11, "font-weight": 600,
            "text-anchor": w1 < 48 ? "middle" : atLeft ? "start" : "end",
            fill: w.met ? "#1e5e2b" : "#a4161a", stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke" }, w1 >= 48 ? (w.met ? "met" : "missed") : (w.met ? "✓" : "✗")));
      })));
    const { placed, lanes } = placeLabels((b.meetings ?? []).map((m) => ({ m, x: x(m.date) + (x(m.date, true) - x(m.date)) / 2,
      text: `${dayWords(m.date)}${m.quorate === false ? " (not quorate)" : ""}` })), width);
    const firstLabel = bandTop + band + 16;
    parts.push(el("svg:g", { class: "meetings", "data-body": b.bodyId },
      rowLabels(placed, bandTop + band, firstLabel, lane, "meeting-label"),
      placed.map(({ m, x: cx }) => el("svg:path", { class: "meeting", "data-date": m.date, d: `M${cx} ${bandTop + 1} l7 10 l-7 10 l-7 -10 z`,
        fill: m.quorate === false ? "#a4161a" : "#1b1b1b", stroke: "#ffffff", "stroke-width": 1 },
      el("svg:title", {}, `${b.name} met on ${dayWords(m.date)}${m.quorate === true ? ", quorate" : m.quorate === false ? ", not quorate" : ""}`)))));
    y = firstLabel + Math.max(0, lanes - 1) * lane + 14;
  }
  for (const d of report.deadlines) {
    const lineY = y + 26;
    const marks = [
      d.anchorDate ? { kind: "start", iso: d.anchorDate, text: `started ${dayWords(d.anchorDate)}` } : null,
      d.dueOn ? { kind: "due", iso: d.dueOn, text: `due ${dayWords(d.dueOn)}` } : null,
      d.completedOn ? { kind: "done", iso: d.completedOn, text: `${d.status === "metLate" ? "met late" : "met"} ${dayWords(d.completedOn)}` } : null,
    ].filter(Boolean).map((mark) => ({ ...mark, x: x(mark.iso) + (x(mark.iso, true) - x(mark.iso)) / 2 }));
    const { placed, lanes } = placeLabels(marks, width);
    const xs = marks.map((mk) => mk.x);
    const firstLabel = lineY + 24;
    parts.push(el("svg:g", { class: "timeline-row", "data-clock": `${d.ruleId} ${d.subject}` },
      el("svg:text", { class: "row-label", x: left, y: y + 13, "font-size": 13, "font-weight": 600, fill: "#1b1b1b" },
        `${d.ruleId} ${subjectWords(d.subject)}: ${clockStatus(d).split(";")[0]}`),
      xs.length > 1 ? el("svg:line", { x1: Math.min(...xs), y1: lineY, x2: Math.max(...xs), y2: lineY, stroke: "#4a4a4a", "stroke-width": 2 }) : null,
      rowLabels(placed, lineY + 8, firstLabel, lane, "clock-row-label"),
      placed.map(({ kind, x: cx, text }) => kind === "due"
        ? el("svg:path", { d: `M${cx} ${lineY - 8} l7 8 l-7 8 l-7 -8 z`, fill: "#ffffff", stroke: "#1b1b1b", "stroke-width": 2 }, el("svg:title", {}, text))
        : el("svg:circle", { cx, cy: lineY, r: 5, fill: kind === "start" ? "#4a4a4a" : d.status === "metLate" ? "#a4161a" : "#1e5e2b" }, el("svg:title", {}, text)))));
    y = firstLabel + Math.max(0, lanes - 1) * lane + 14;
  }
  const height = y + 4;
  return el("figure", { id: "rows-timeline", class: "diagram" },
    el("div", { class: "diagram-frame", tabindex: 0 },
      el("svg:svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "rows-timeline-caption" },
        el("svg:defs", {}, el("svg:pattern", { id: "missed-hatch", width: 8, height: 8, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
          el("svg:rect", { width: 8, height: 8, fill: "#fdf0f0" }),
          el("svg:line", { x1: 0, y1: 0, x2: 0, y2: 8, stroke: "#d98a8c", "stroke-width": 3 }))),
        ticks.map((t) => el("svg:g", {},
          el("svg:line", { x1: x(t.iso), y1: 16, x2: x(t.iso), y2: height, stroke: "#e4e4e4", "stroke-width": 1 }),
          el("svg:text", { class: "month-label", x: x(t.iso) + 3, y: 12, "font-size": 11, fill: "#4a4a4a" }, t.text))),
        parts)),
    el("figcaption", { id: "rows-timeline-caption" }, `The period from ${dayWords(report.period.start)} to ${dayWords(report.period.end)}, one row per body and one per clock. `
      + "A body's row: each window of its cadence (it meets at least once in each) as a band, labelled met (plain) or missed (hatched, dashed edge), "
      + "and each meeting it held as a diamond labelled with its date (red when not quorate). A clock's row: a line from its start (grey dot) to its due date "
      + "(white diamond) and the day it was met (green dot, red when late), each labelled. The measures and clocks tables say the same in words."));
}

// ---- CSV --------------------------------------------------------------------------------------------------------------

/** One CSV field (RFC 4180): in double quotes, with its quotes doubled, when it holds a comma, a quote or a line break. */
function csvField(value) {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table of the report, as both its CSV file and its spreadsheet's sheet are written from it: one definition of its columns. */
function sheet(columns, rows) {
  return { columns, rows };
}

/** A CSV document (RFC 4180): a header row, then one row per record, each line ended by CRLF. */
function csvText({ columns, rows }) {
  return [columns, ...rows].map((row) => row.map(csvField).join(",") + "\r\n").join("");
}

/** The report's three tables as one spreadsheet: POST /v1/workbooks writes them, a sheet each (an empty cell as ""). */
async function saveWorkbook(fileName, tables) {
  const sheets = Object.entries(tables).map(([name, { columns, rows }]) =>
    ({ name, columns, rows: rows.map((row) => row.map((c) => (c === undefined || c === null ? "" : typeof c === "number" ? c : String(c)))) }));
  const answer = await fetch("/v1/workbooks", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ sheets }) });
  if (!answer.ok) throw new Error(`the spreadsheet was refused (${answer.status})`);
  saveFile(fileName, answer.headers.get("Content-Type"), await answer.blob());
}

/** The findings as a table (columns, rows): one row per finding, ISO dates, the rule's source. Its columns are in docs/analysts.md. */
function findingsSheet(report) {
  return sheet(["rule_id", "rule_title", "severity", "subject", "about", "from", "to", "message", "counted_in_verdict", "to_confirm", "source", "confidence"],
    report.findings.map((f) => {
      const rule = report.rules[f.ruleId];
      return [f.ruleId, rule?.title, f.severity, f.subject, subjectWords(f.subject), f.from, f.to, f.message, f.toConfirm ? "no" : "yes",
        (f.toConfirm ?? []).map((t) => t.fact).join("; "), rule?.citation?.source, rule?.citation?.confidence];
    }));
}

/** The clocks as a table: one row per clock, ISO dates, the status as the service names it and in words. */
function clocksSheet(report) {
  return sheet(["rule_id", "rule_title", "subject", "about", "counted_from", "anchor_date", "limit", "due_on", "completed_on", "status", "status_words",
    "working_days", "calendar_days", "taken_working_days", "suspended", "source", "confidence"],
  report.deadlines.map((d) => {
    const rule = report.rules[d.ruleId];
    return [d.ruleId, rule?.title, d.subject, subjectWords(d.subject), d.anchorName, d.anchorDate, d.limit, d.dueOn, d.completedOn, d.status, clockStatus(d),
      d.workingDays, d.calendarDays, d.takenWorkingDays, d.suspension?.reason, rule?.citation?.source, rule?.citation?.confidence];
  }));
}

/** The measures as a table: a row per body (meetings), a row per clock's rule (performance), and one row for quorum. */
function measuresSheet(report) {
  const m = report.measures;
  return sheet(["kind", "id", "name", "held", "expected", "on_time", "late", "overdue", "on_time_percent", "median_working_days",
    "assessed_for_quorum", "quorate", "percent_quorate"], [
    ...(m.bodies ?? []).map((b) => ["body", b.bodyId, b.name, b.held, b.expected, "", "", "", "", "", "", "", ""]),
    ...(m.clocks ?? []).map((c) => ["clock", c.ruleId, c.title, "", "", c.onTime, c.late, c.overdue, c.onTimePercent, c.medianWorkingDays, "", "", ""]),
    ["quorum", "meetings", "All meetings in the period", m.meetingsHeld, "", "", "", "", "", "", m.meetingsAssessedForQuorum, m.meetingsQuorate, m.percentQuorate],
  ]);
}

/** Saves text, or a Blob, as a file: an object URL and a link with download (a download, not a fetch: the policy allows it). */
function saveFile(fileName, type, content) {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = el("a", { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The report's buttons: the three CSV files, built here from the same answer, the same tables as one spreadsheet, and Print. None of them is printed. */
function reportActions(report) {
  const stem = `${report.partnershipId}-${report.evaluatedOn}`;
  // A byte order mark first, so that Excel reads the UTF-8 (names with accents, curly quotes) as UTF-8.
  const csv = (label, name, make) => {
    const button = el("button", { type: "button" }, label);
    button.addEventListener("click", () => saveFile(`${stem}-${name}.csv`, "text/csv;charset=utf-8", `\uFEFF${csvText(make(report))}`));
    return button;
  };
  // The spreadsheet is written by the service: offered only where there is one (not in a report saved as a file).
  const xlsx = location.protocol.startsWith("http") ? el("button", { type: "button" }, "Download all (spreadsheet, .xlsx)") : null;
  xlsx?.addEventListener("click", () => saveWorkbook(`${stem}.xlsx`, { Findings: findingsSheet(report), Clocks: clocksSheet(report), Measures: measuresSheet(report) }));
  const print = el("button", { type: "button" }, "Print");
  print.addEventListener("click", () => window.print());
  return el("div", { class: "report-actions" },
    csv("Download findings (CSV)", "findings", findingsSheet), csv("Download clocks (CSV)", "clocks", clocksSheet), csv("Download measures (CSV)", "measures", measuresSheet), xlsx, print);
}

// ---- The whole report -------------------------------------------------------------------------------------------------

/** A scenario's answer (ScenarioResponse) as the report's elements, in the order of an evidence pack: title, verdict, the three
 * questions, findings with sources, clocks, measures, the previous period, the timelines (the period's, and row by row per body
 * and per clock), notes. */
function complianceReport(answer, fileName = "") {
  const report = answer.report;
  const m = report.measures;
  const percent = (x) => (x === undefined || x === null ? "n/a" : `${Math.round(x * 10) / 10}%`);
  const counted = report.findings.filter((f) => !f.toConfirm);
  const unconfirmed = report.findings.filter((f) => f.toConfirm);
  const expected = (m.bodies ?? []).filter((b) => b.expected !== undefined && b.expected !== null);
  const asNeeded = (m.bodies ?? []).length - expected.length;
  return [
    el("h3", {}, "Compliance report: ", answer.name ?? fileName),
    answer.description ? el("p", {}, answer.description) : null,
    el("p", {}, el("span", { class: `verdict ${report.verdict}`, id: "verdict" }, verdictWords[report.verdict] ?? report.verdict), " ", report.summary),
    el("p", {}, "Assessed ", days(report.assessedFrom, report.assessedUntil), " (period ", days(report.period.start, report.period.end), "), judged on ", day(report.evaluatedOn), `; rulebook ${report.rulebookVersion}, calendar ${report.calendarVersion}.`),
    reportActions(report),
    el("div", { class: "questions" },
      el("div", {}, el("h4", {}, "How much have we done?"), el("ul", {},
        el("li", {}, `Meetings held against expected: ${expected.reduce((n, b) => n + b.held, 0)} of ${expected.reduce((n, b) => n + b.expected, 0)} across ${expected.length} bodies`,
          asNeeded ? `; ${asNeeded} more meet as needed` : "", ` (${m.meetingsHeld} meetings in all; each body under Measures)`),
        el("li", {}, `Serious incidents notified: ${m.incidentsNotified}; rapid reviews completed: ${m.rapidReviewsCompleted}`),
        el("li", {}, `Local reviews initiated: ${m.localReviewsInitiated}; published: ${m.localReviewsPublished}`),
        el("li", {}, `Yearly reports published: ${m.yearlyReportsPublished}`))),
      el("div", {}, el("h4", {}, "How well did we do it?"), el("ul", {},
        el("li", {}, `Meetings quorate: ${percent(m.percentQuorate)}`),
        (m.clocks ?? []).filter((c) => c.onTime + c.late + c.overdue > 0).map((c) => el("li", {}, `${c.ruleId}: ${c.onTime} on time, ${c.late} late, ${c.overdue} overdue`)),
        m.duties ? el("li", {}, `Key documents signed by all three partners: ${m.duties.documentsSignedByAll} of ${m.duties.documentsPublished}; days without independent scrutiny: ${m.duties.daysWithoutScrutiny}`) : null)),
      el("div", { id: "difference" }, el("h4", {}, "What difference has it made?"), difference(m.learning, percent))),
    el("h4", {}, `Findings counted in the verdict (${counted.length})`),
    counted.length ? findingsTable("Findings counted in the verdict: they rest on published facts and the records", counted, report) : el("p", {}, "No findings."),
    unconfirmed.length ? el("div", { id: "to-confirm" },
      el("h4", {}, `To confirm (${unconfirmed.length}): findings that rest on a fact no published source states, not counted in the verdict`),
      findingsTable("Findings to confirm", unconfirmed, report),
      el("p", {}, "The facts to confirm (or correct, in the arrangements or the rulebook):"),
      el("ul", {}, (report.toConfirm ?? []).map((t) => el("li", {}, el("strong", {}, t.fact), ` (${t.provenance}): ${t.note}`)))) : null,
    el("h4", {}, `Clocks (${report.deadlines.length})`),
    report.deadlines.length ? clocksTable(report) : el("p", {}, "No clocks: the records start none."),
    el("h4", {}, "Measures"),
    measuresSection(report),
    comparison(report.comparison),
    el("h4", {}, "Timeline"),
    timeline(report),
    el("h4", {}, "Timeline per body and per clock"),
    rowsTimeline(report),
    report.notes.length ? el("div", {}, el("h4", {}, "Notes"), el("ul", {}, report.notes.map((n) => el("li", {}, n)))) : null,
  ];
}
