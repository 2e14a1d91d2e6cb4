// Build records (issue 28): a scenario's records entered in the page, without writing YAML. Meetings (attendance by seat
// of the body on the meeting's date, from GET /v1/partnerships/{id}/arrangements?date=), serious incidents and yearly
// reports, imported from CSV too; kept in the browser only (in memory and localStorage) until the analyst asks for a
// check, which posts the scenario as JSON to POST /v1/scenarios and shows the answer with report.js's complianceReport.
// The scenario downloads as the samples' JSON form (naming its "$schema") and opens again, byte for byte the same.
// A classic script loaded after report.js (api, el, show, problem, table, day, dayWords, saveFile, complianceReport) and before app.js; it
// keeps to itself (one function scope) and builds every element with el(...) and textContent, never HTML.
(() => {
  "use strict";

  const storeKey = "lscp.build-records.v1";
  const attendanceStatuses = ["present", "deputyAttended", "apologies", "absent"];
  const attendanceWords = { present: "present", deputyAttended: "a deputy attended", apologies: "apologies", absent: "absent" };
  const countWords = { present: "present", deputyAttended: "by a deputy", apologies: "sent apologies", absent: "absent" };
  const decisionWords = { localReview: "a local review", noReview: "no review", nationalReview: "a national review" };
  const editionWords = { workingTogether2018: "Working Together 2018", workingTogether2023: "Working Together 2023" };
  // The scenario file's keys in the order of its JSON Schema (scenario.schema.json), which the samples follow.
  const scenarioOrder = ["$schema", "name", "description", "partnership", "arrangements", "period", "asOf", "rulebook", "records", "expect"];
  const recordsOrder = ["$schema", "meetings", "decisions", "incidents", "yearlyReports", "documents", "scrutiny", "scrutinyReports",
    "deathReviews", "deathReviewReports", "recommendations", "audits"];
  const kinds = { meetings: "Meeting", incidents: "Serious incident", yearlyReports: "Yearly report" };

  const $ = (id) => document.getElementById(id);
  let partnerships = [];
  let scenario = null;
  const days = new Map();            // partnership|date -> Promise of the arrangements answer on that date
  const bodyNames = new Map();       // body id -> name, from every arrangements answer seen
  const agencyNames = new Map();     // agency id -> name

  // ---- The scenario in memory ----------------------------------------------------------------------------------------

  function blank() {
    return { $schema: `${location.origin}/schemas/scenario.schema.json`, name: "", partnership: partnerships[0]?.id ?? "lewisham",
      period: { start: "", end: "" }, asOf: "", records: {} };
  }

  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(scenario)); } catch { /* storage full or off: the records stay in memory */ }
  }

  function restore() {
    try {
      const kept = JSON.parse(localStorage.getItem(storeKey) ?? "null");
      if (kept && typeof kept === "object" && !Array.isArray(kept)) return kept;
    } catch { /* nothing usable kept */ }
    return null;
  }

  function ordered(object, order) {
    const out = {};
    for (const key of order) if (Object.hasOwn(object, key)) out[key] = object[key];
    for (const key of Object.keys(object)) if (!Object.hasOwn(out, key)) out[key] = object[key];
    return out;
  }

  /** The scenario file: JSON in the samples' form (two-space indents, keys in the schema's order, a final line end). */
  function scenarioText() {
    const s = { ...scenario };
    for (const key of ["name", "description", "asOf"]) if (s[key] === "") delete s[key];
    if (s.period && typeof s.period === "object") {
      const period = { ...s.period };
      for (const key of ["start", "end"]) if (period[key] === "") delete period[key];
      if (Object.keys(period).length) s.period = period; else delete s.period;
    }
    if (s.records && typeof s.records === "object") s.records = ordered(s.records, recordsOrder);
    return `${JSON.stringify(ordered(s, scenarioOrder), null, 2)}\n`;
  }

  function list(kind) {
    if (!scenario.records || typeof scenario.records !== "object") scenario.records = {};
    if (!Array.isArray(scenario.records[kind])) scenario.records[kind] = [];
    return scenario.records[kind];
  }

  function fileStem() {
    const stem = String(scenario.name || "scenario").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    return stem || "scenario";
  }

  // ---- Dates ---------------------------------------------------------------------------------------------------------

  /** An ISO date (YYYY-MM-DD) or a spreadsheet's British date (DD/MM/YYYY), as an ISO date; null when it is not a date. */
  function isoDate(text) {
    const value = String(text ?? "").trim();
    let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    let y, mo, d;
    if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else return null;
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
    return date.toISOString().slice(0, 10);
  }

  const inRange = (iso) => iso >= "1978-01-01" && iso <= "2195-12-31";
  const words = (iso) => (isoDate(iso) === iso ? dayWords(iso) : String(iso));

  // ---- The arrangements on a date --------------------------------------------------------------------------------------

  function arrangementsOn(date) {
    const key = `${scenario.partnership}|${date}`;
    if (!days.has(key)) {
      days.set(key, api(`/v1/partnerships/${encodeURIComponent(scenario.partnership)}/arrangements?date=${encodeURIComponent(date)}`).then((answer) => {
        if (answer.ok) {
          for (const b of answer.body.arrangements.bodies ?? []) bodyNames.set(b.id, b.name);
          for (const a of answer.body.arrangements.agencies ?? []) agencyNames.set(a.id, a.name);
        } else {
          days.delete(key);
        }
        return answer;
      }));
    }
    return days.get(key);
  }

  const inForce = (item, date) => (!item.from || item.from <= date) && (!item.to || date <= item.to);

  /** The bodies in force on a date, with their seats. */
  async function bodiesOn(date) {
    const answer = await arrangementsOn(date);
    if (!answer.ok) return { error: answer.body?.errors?.[0]?.message ?? answer.body?.detail ?? answer.body?.title ?? "no arrangements on that date" };
    return { bodies: (answer.body.arrangements.bodies ?? []).filter((b) => inForce(b, date)), agencies: answer.body.arrangements.agencies ?? [], chairs: answer.body.chairs ?? [] };
  }

  /** The names of the bodies and agencies the records name: one request per version of the arrangements they fall in. */
  async function loadNames() {
    const versions = partnerships.find((p) => p.id === scenario.partnership)?.versions ?? [];
    const dates = new Set();
    for (const m of scenario.records?.meetings ?? []) {
      if (typeof m?.date !== "string" || isoDate(m.date) !== m.date) continue;
      const version = versions.find((v) => v.effectiveFrom <= m.date && (!v.effectiveTo || m.date <= v.effectiveTo));
      if (version && ![...dates].some((d) => version.effectiveFrom <= d && (!version.effectiveTo || d <= version.effectiveTo))) dates.add(m.date);
    }
    await Promise.all([...dates].map((d) => arrangementsOn(d)));
    showRecords();
  }

  // ---- Labels and error messages --------------------------------------------------------------------------------------

  function recordLabel(kind, index) {
    const r = scenario.records?.[kind]?.[index] ?? {};
    if (kind === "meetings") return `Meeting ${index + 1} (${bodyNames.get(r.body) ?? r.body}, ${words(r.date)})`;
    if (kind === "incidents") return `Serious incident ${index + 1} (${r.caseReference})`;
    if (kind === "yearlyReports") return `Yearly report ${index + 1} (${words(r.coversFrom)} to ${words(r.coversTo)})`;
    return `${kind} ${index + 1}`;
  }

  function seatWords(a) {
    return `${agencyNames.get(a?.agency) ?? a?.agency}${a?.representative ? `, ${a.representative}` : ""}`;
  }

  function recordSummary(kind, r) {
    if (kind === "meetings") {
      const counts = attendanceStatuses.map((s) => [s, (r.attendance ?? []).filter((a) => a.status === s).length]).filter(([, n]) => n);
      return [r.chair ? `chaired by ${agencyNames.get(r.chair) ?? r.chair}` : "chair not recorded",
        counts.length ? counts.map(([s, n]) => `${n} ${countWords[s]}`).join(", ") : "no attendance recorded"].join("; ");
    }
    if (kind === "incidents") {
      return [`aware ${words(r.localAuthorityAwareOn)}`, r.notifiedPanelOn ? `Panel told ${words(r.notifiedPanelOn)}` : null,
        r.reportedToPartnersOn ? `partners told ${words(r.reportedToPartnersOn)}` : null, r.rapidReviewSentOn ? `rapid review sent ${words(r.rapidReviewSentOn)}` : null,
        r.decision ? `decision: ${decisionWords[r.decision] ?? r.decision}` : null, r.localReview?.publishedOn ? `review published ${words(r.localReview.publishedOn)}` : null]
        .filter(Boolean).join("; ");
    }
    return [r.publishedOn ? `published ${words(r.publishedOn)}` : "not published", r.sentToPanelOn ? `sent to the Panel ${words(r.sentToPanelOn)}` : null,
      r.sentToWhatWorksOn ? `sent to What Works ${words(r.sentToWhatWorksOn)}` : null, r.edition ? editionWords[r.edition] ?? r.edition : null].filter(Boolean).join("; ");
  }

  const fieldWords = {
    id: "its id", body: "its body", date: "its date", chair: "its chair", chairWasDeputy: "whether its chair was a deputy", attendance: "its attendance",
    caseReference: "its case reference", localAuthorityAwareOn: "the date the local authority became aware", notifiedPanelOn: "the date the Panel was told",
    reportedToPartnersOn: "the date the partners were told", rapidReviewSentOn: "the date the rapid review was sent", decision: "the review decision",
    localReview: "its local review", initiatedOn: "initiated", finalReportSentOn: "final report sent", publishedOn: "published",
    coversFrom: "the start of the year it covers", coversTo: "the end of the year it covers", sentToPanelOn: "the date it was sent to the Panel",
    sentToWhatWorksOn: "the date it was sent to What Works", refersToScrutiny: "whether it refers to scrutiny", edition: "its edition",
    status: "status", representative: "seat", agency: "agency",
  };
  const topWords = { "$.name": "The scenario's name", "$.partnership": "The partnership", "$.period": "The period", "$.period.start": "The period's start",
    "$.period.end": "The period's end", "$.asOf": "Judged on", "$.records": "The records" };

  /** An error's path as the record the analyst entered: "$.records.meetings[2].date" reads "Meeting 3 (Executive, 10 September 2024), its date". */
  function where(path) {
    const m = /^\$\.records\.(meetings|incidents|yearlyReports)\[(\d+)\](.*)$/.exec(path ?? "");
    if (!m) return topWords[path] ?? path;
    const [, kind, index, rest] = m;
    const record = scenario.records?.[kind]?.[Number(index)];
    const label = recordLabel(kind, Number(index));
    const seat = /^\.attendance\[(\d+)\](?:\.(\w+))?$/.exec(rest);
    if (seat) return `${label}, the attendance of ${seatWords(record?.attendance?.[Number(seat[1])])}${seat[2] ? ` (${fieldWords[seat[2]] ?? seat[2]})` : ""}`;
    const parts = rest.split(".").filter(Boolean).map((p) => fieldWords[p] ?? p);
    return parts.length ? `${label}, ${parts.join(", ")}` : label;
  }

  // ---- Form helpers ----------------------------------------------------------------------------------------------------

  function field(id, label, input, hint) {
    input.id = id;
    input.setAttribute("aria-describedby", [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" "));
    if (!input.name) input.name = id;
    return el("div", { class: "field" }, el("label", { for: id }, label), hint ? el("p", { class: "hint", id: `${id}-hint` }, hint) : null,
      input, el("p", { class: "field-error", id: `${id}-error` }));
  }

  const dateInput = (attributes = {}) => el("input", { type: "date", min: "1978-01-01", max: "2195-12-31", ...attributes });
  const choice = (options, attributes = {}) => el("select", attributes, options.map(([value, text]) => el("option", { value }, text)));

  function fieldError(id, message) {
    $(`${id}-error`).textContent = message ?? "";
    if (message) $(id).setAttribute("aria-invalid", "true"); else $(id).removeAttribute("aria-invalid");
    return message ? 1 : 0;
  }

  /** A date field's value: "" when empty, the ISO date, or an error (and false) when it is not one the service takes. */
  function dateOf(id, what, required) {
    const value = $(id).value;
    if (!value) {
      if ($(id).validity?.badInput) return { error: `${what} is not a whole date: enter day, month and year.` };
      return required ? { error: `Enter ${what}.` } : { value: "" };
    }
    const iso = isoDate(value);
    if (!iso) return { error: `${what} is not a date.` };
    if (!inRange(iso)) return { error: `${what} must be between 1 January 1978 and 31 December 2195.` };
    return { value: iso };
  }

  function status(text) {
    $("records-status").textContent = text;
  }

  // ---- The page's parts ------------------------------------------------------------------------------------------------

  function build() {
    const tool = $("records-tool");
    const scenarioForm = el("form", { id: "records-scenario", class: "grid", novalidate: true },
      field("records-partnership", "Partnership", el("select", {})),
      field("records-name", "Scenario name", el("input", { autocomplete: "off" })),
      field("records-start", "Period starts", dateInput()),
      field("records-end", "Period ends", dateInput()),
      field("records-as-of", "Judged on", dateInput(), "The date the check looks from (asOf)."));

    const meetingForm = el("form", { id: "meeting-form", class: "grid", novalidate: true },
      field("meeting-date", "Date of the meeting", dateInput()),
      field("meeting-body", "Body", el("select", {}, el("option", { value: "" }, "Enter the date first"))),
      field("meeting-chair", "Chair's agency", el("select", {}, el("option", { value: "" }, "not recorded"))),
      el("fieldset", { id: "meeting-seats", class: "seats" }, el("legend", {}, "Attendance by seat"), el("p", { class: "hint" }, "Enter the date and the body to list its seats.")),
      el("div", { class: "actions" }, el("button", { type: "submit" }, "Add meeting")));

    const incidentForm = el("form", { id: "incident-form", class: "grid", novalidate: true },
      field("incident-case", "Case reference", el("input", { autocomplete: "off" }), "An opaque reference, never a child's name."),
      field("incident-aware", "Local authority became aware", dateInput()),
      field("incident-notified", "Panel notified", dateInput()),
      field("incident-partners", "Reported to the partners", dateInput()),
      field("incident-rapid", "Rapid review sent", dateInput()),
      field("incident-decision", "Review decision", choice([["", "not yet recorded"], ...Object.entries(decisionWords)])),
      field("incident-lr-initiated", "Local review initiated", dateInput()),
      field("incident-lr-final", "Local review's final report sent", dateInput()),
      field("incident-lr-published", "Local review published", dateInput()),
      el("div", { class: "actions" }, el("button", { type: "submit" }, "Add serious incident")));

    const yearlyForm = el("form", { id: "yearly-form", class: "grid", novalidate: true },
      field("yearly-from", "Year covered from", dateInput()),
      field("yearly-to", "Year covered to", dateInput()),
      field("yearly-published", "Published", dateInput()),
      field("yearly-panel", "Sent to the Panel", dateInput()),
      field("yearly-whatworks", "Sent to What Works", dateInput()),
      field("yearly-scrutiny", "Refers to independent scrutiny", choice([["", "not recorded"], ["yes", "yes"], ["no", "no"]])),
      field("yearly-edition", "Working Together edition", choice([["", "not recorded"], ...Object.entries(editionWords)])),
      el("div", { class: "actions" }, el("button", { type: "submit" }, "Add yearly report")));

    tool.replaceChildren(
      el("h3", {}, "The scenario"),
      scenarioForm,
      el("h3", {}, "Add a meeting"),
      el("p", {}, "The bodies and seats are those of the arrangements in force on the meeting's date; leave a seat as not recorded if the minutes do not say."),
      meetingForm,
      el("h3", {}, "Add a serious incident"),
      incidentForm,
      el("h3", {}, "Add a yearly report"),
      yearlyForm,
      el("h3", {}, "Import meetings or incidents from CSV"),
      el("p", {}, "A CSV file exported from a spreadsheet, with a header row: meetings (columns body, date, chair, then one column per seat) or incidents (case_reference, local_authority_aware_on and the other dates). The layout is in the analysts' guide (docs/analysts.md). Each row with a problem is left out and listed with its row and column; the other rows are added. A meeting already recorded (the same body and date) or an incident already recorded (the same case reference) is not added twice, so a corrected file can be imported again."),
      el("div", { class: "drop" }, field("records-csv", "CSV file of meetings or incidents", el("input", { type: "file", accept: ".csv,text/csv" }))),
      el("div", { id: "records-csv-result", "aria-live": "polite" }),
      el("h3", { id: "records-list-heading" }, "The records"),
      el("div", { id: "records-listing" }),
      el("p", { id: "records-status", role: "status" }),
      el("div", { class: "report-actions" },
        el("button", { type: "button", id: "records-check" }, "Check these records"),
        el("button", { type: "button", id: "records-download" }, "Download as scenario file"),
        el("button", { type: "button", id: "records-new", class: "secondary" }, "Start a new scenario (clears the records)")),
      el("div", { class: "drop" }, field("records-open", "Open a scenario file (JSON)", el("input", { type: "file", accept: ".json,application/json" }),
        "The form opens JSON scenario files (as it downloads them, and as samples/scenarios/*.json). Check a YAML file on the Compliance check tab.")),
      el("div", { id: "records-result", "aria-live": "polite" }));

    scenarioForm.addEventListener("submit", (e) => e.preventDefault());
    scenarioForm.addEventListener("change", readScenarioForm);
    scenarioForm.addEventListener("input", readScenarioForm);
    $("meeting-date").addEventListener("change", meetingDay);
    $("meeting-date").addEventListener("input", meetingDay);
    $("meeting-body").addEventListener("change", () => meetingDay(true));
    meetingForm.addEventListener("submit", addMeeting);
    incidentForm.addEventListener("submit", addIncident);
    yearlyForm.addEventListener("submit", addYearly);
    $("incident-decision").addEventListener("change", showLocalReview);
    $("records-listing").addEventListener("click", removeRecord);
    $("records-check").addEventListener("click", check);
    $("records-download").addEventListener("click", download);
    $("records-new").addEventListener("click", () => { scenario = blank(); save(); fillScenarioForm(); showRecords(); show("records-result"); status("A new scenario: no records."); });
    $("records-open").addEventListener("change", () => openFile($("records-open").files[0]));
    $("records-csv").addEventListener("change", () => importCsv($("records-csv").files[0]));
    showLocalReview();
  }

  function showLocalReview() {
    const local = $("incident-decision").value === "localReview";
    for (const id of ["incident-lr-initiated", "incident-lr-final", "incident-lr-published"]) $(id).closest(".field").hidden = !local;
  }

  function fillScenarioForm() {
    const select = $("records-partnership");
    const known = partnerships.map((p) => [p.id, p.name]);
    if (scenario.partnership && !known.some(([id]) => id === scenario.partnership)) known.push([scenario.partnership, scenario.partnership]);
    select.replaceChildren(...known.map(([id, name]) => el("option", { value: id, selected: id === scenario.partnership }, name)));
    $("records-name").value = typeof scenario.name === "string" ? scenario.name : "";
    $("records-start").value = scenario.period?.start ?? "";
    $("records-end").value = scenario.period?.end ?? "";
    $("records-as-of").value = typeof scenario.asOf === "string" ? scenario.asOf : "";
  }

  function readScenarioForm() {
    const partnership = $("records-partnership").value;
    if (partnership && partnership !== scenario.partnership) { scenario.partnership = partnership; meetingDay(); }
    scenario.name = $("records-name").value;
    const period = scenario.period && typeof scenario.period === "object" ? scenario.period : {};
    period.start = $("records-start").value;
    period.end = $("records-end").value;
    scenario.period = period;
    scenario.asOf = $("records-as-of").value;
    save();
  }

  /** Checks the scenario's own fields before a check or a download; false (with the errors beside the fields) when wrong. */
  function validScenario() {
    let wrong = 0;
    wrong += fieldError("records-name", $("records-name").value.trim() ? null : "Name the scenario: the report and the file carry its name.");
    wrong += fieldError("records-partnership", $("records-partnership").value ? null : "Choose the partnership.");
    const start = dateOf("records-start", "The period's start", false);
    const end = dateOf("records-end", "The period's end", false);
    const asOf = dateOf("records-as-of", "The date it is judged on", false);
    wrong += fieldError("records-start", start.error);
    wrong += fieldError("records-end", end.error ?? (start.value && end.value && end.value < start.value ? "The period cannot end before it starts." : null));
    wrong += fieldError("records-as-of", asOf.error);
    if (wrong) status(`Correct the scenario's ${wrong === 1 ? "field" : "fields"} marked above.`);
    return wrong === 0;
  }

  // ---- Meetings -----------------------------------------------------------------------------------------------------

  let meetingDayAsked = "";

  /** The body choice and the seats for the meeting's date (and chosen body), from the arrangements in force that day. */
  async function meetingDay(bodyChanged = false) {
    const date = isoDate($("meeting-date").value);
    const seats = $("meeting-seats");
    if (!date || !inRange(date)) {
      $("meeting-body").replaceChildren(el("option", { value: "" }, "Enter the date first"));
      seats.replaceChildren(el("legend", {}, "Attendance by seat"), el("p", { class: "hint" }, "Enter the date and the body to list its seats."));
      delete seats.dataset.date;
      return;
    }
    const asked = `${scenario.partnership}|${date}`;
    meetingDayAsked = asked;
    const day2 = await bodiesOn(date);
    if (meetingDayAsked !== asked) return;   // the analyst has moved on to another date
    fieldError("meeting-date", day2.error ? `No arrangements on that date: ${day2.error}` : null);
    const bodySelect = $("meeting-body");
    const keep = bodySelect.value;
    if (!bodyChanged || bodySelect.options.length <= 1) {
      bodySelect.replaceChildren(el("option", { value: "" }, "choose the body"),
        ...(day2.bodies ?? []).map((b) => el("option", { value: b.id, selected: b.id === keep }, b.name)));
    }
    const body = (day2.bodies ?? []).find((b) => b.id === bodySelect.value);
    const chairSelect = $("meeting-chair");
    const chairKeep = bodyChanged ? null : chairSelect.value;
    const chairOf = (day2.chairs ?? []).find((c) => c.bodyId === body?.id)?.agencyId;
    chairSelect.replaceChildren(el("option", { value: "" }, "not recorded"),
      ...(day2.agencies ?? []).map((a) => el("option", { value: a.id, selected: a.id === (chairKeep || chairOf) }, a.name)));
    const previous = new Map([...seats.querySelectorAll("select")].map((s) => [s.dataset.seat, s.value]));
    const members = body?.members ?? [];
    const name = (id) => (day2.agencies ?? []).find((a) => a.id === id)?.name ?? id;
    seats.replaceChildren(...[
      el("legend", {}, body ? `Attendance at the ${body.name} on ${dayWords(date)}` : "Attendance by seat"),
      !body ? el("p", { class: "hint" }, "Choose the body to list its seats.")
        : !members.length ? el("p", { class: "hint" }, `The arrangements list no members of the ${body.name}: no attendance to record.`) : null,
      el("div", { class: "seat-grid" }, members.map((m, i) => {
        const id = `meeting-seat-${i}`;
        const key = `${m.agency}\n${m.representative}`;
        const select = choice([["", "not recorded"], ...attendanceStatuses.map((s) => [s, attendanceWords[s]])], { id, "data-seat": key, "data-agency": m.agency, "data-representative": m.representative });
        select.value = previous.get(key) ?? "";
        return el("div", { class: "field" }, el("label", { for: id }, `${name(m.agency)}: ${m.representative}`), select);
      }))].filter(Boolean));
    seats.dataset.date = date;
    seats.dataset.body = body?.id ?? "";
  }

  function meetingId(bodyId, date) {
    const ids = new Set((scenario.records?.meetings ?? []).map((m) => m.id));
    let id = `${bodyId}-${date}`;
    for (let n = 2; ids.has(id); n++) id = `${bodyId}-${date}-${n}`;
    return id;
  }

  async function addMeeting(event) {
    event.preventDefault();
    const date = dateOf("meeting-date", "The meeting's date", true);
    let wrong = fieldError("meeting-date", date.error);
    const bodyId = $("meeting-body").value;
    wrong += fieldError("meeting-body", date.error ? null : bodyId ? null : "Choose the body that met.");
    const seats = $("meeting-seats");
    if (!wrong && (seats.dataset.date !== date.value || seats.dataset.body !== bodyId)) {
      await meetingDay();
      if (seats.dataset.date !== date.value || seats.dataset.body !== bodyId) wrong += fieldError("meeting-body", `The body is not in the arrangements on ${dayWords(date.value)}.`);
    }
    if (wrong) return;
    const selects = [...seats.querySelectorAll("select")];
    const seatsOf = (agency) => selects.filter((s) => s.dataset.agency === agency).length;
    const attendance = selects.filter((s) => s.value).map((s) => ({
      agency: s.dataset.agency, ...(seatsOf(s.dataset.agency) > 1 ? { representative: s.dataset.representative } : {}), status: s.value }));
    const chair = $("meeting-chair").value;
    const meetings = list("meetings");
    meetings.push({ id: meetingId(bodyId, date.value), body: bodyId, date: date.value, ...(chair ? { chair } : {}), attendance });
    save();
    showRecords();
    status(`${recordLabel("meetings", meetings.length - 1)} added.`);
  }

  // ---- Incidents and yearly reports -----------------------------------------------------------------------------------

  function addIncident(event) {
    event.preventDefault();
    const caseReference = $("incident-case").value.trim();
    let wrong = fieldError("incident-case", !caseReference ? "Enter the case reference (an opaque reference, never a child's name)."
      : (scenario.records?.incidents ?? []).some((i) => i.caseReference === caseReference) ? `${caseReference} is already recorded.` : null);
    const aware = dateOf("incident-aware", "The date the local authority became aware", true);
    wrong += fieldError("incident-aware", aware.error);
    const local = $("incident-decision").value === "localReview";
    const dates = {};
    for (const [id, key, what] of [["incident-notified", "notifiedPanelOn", "The date the Panel was notified"], ["incident-partners", "reportedToPartnersOn", "The date the partners were told"],
      ["incident-rapid", "rapidReviewSentOn", "The date the rapid review was sent"], ["incident-lr-initiated", "initiatedOn", "The date the local review was initiated"],
      ["incident-lr-final", "finalReportSentOn", "The date the final report was sent"], ["incident-lr-published", "publishedOn", "The date the local review was published"]]) {
      if (id.startsWith("incident-lr-") && !local) { fieldError(id, null); continue; }
      const d = dateOf(id, what, false);
      const early = !d.error && d.value && aware.value && d.value < aware.value ? `${what} cannot be before the local authority became aware (${dayWords(aware.value)}).` : null;
      wrong += fieldError(id, d.error ?? early);
      if (d.value) dates[key] = d.value;
    }
    if (wrong) { status("Correct the incident's fields marked above."); return; }
    const decision = $("incident-decision").value;
    const review = ["initiatedOn", "finalReportSentOn", "publishedOn"].filter((k) => dates[k]);
    const incidents = list("incidents");
    incidents.push({
      caseReference, localAuthorityAwareOn: aware.value,
      ...Object.fromEntries(["notifiedPanelOn", "reportedToPartnersOn", "rapidReviewSentOn"].filter((k) => dates[k]).map((k) => [k, dates[k]])),
      ...(decision ? { decision } : {}),
      ...(local && review.length ? { localReview: Object.fromEntries(review.map((k) => [k, dates[k]])) } : {}),
    });
    save();
    showRecords();
    status(`${recordLabel("incidents", incidents.length - 1)} added.`);
  }

  function addYearly(event) {
    event.preventDefault();
    const from = dateOf("yearly-from", "The start of the year it covers", true);
    const to = dateOf("yearly-to", "The end of the year it covers", true);
    let wrong = fieldError("yearly-from", from.error);
    wrong += fieldError("yearly-to", to.error ?? (from.value && to.value && to.value < from.value ? "The year cannot end before it starts." : null));
    const dates = {};
    for (const [id, key, what] of [["yearly-published", "publishedOn", "The date it was published"], ["yearly-panel", "sentToPanelOn", "The date it was sent to the Panel"],
      ["yearly-whatworks", "sentToWhatWorksOn", "The date it was sent to What Works"]]) {
      const d = dateOf(id, what, false);
      wrong += fieldError(id, d.error);
      if (d.value) dates[key] = d.value;
    }
    if (wrong) { status("Correct the yearly report's fields marked above."); return; }
    const scrutiny = $("yearly-scrutiny").value;
    const edition = $("yearly-edition").value;
    const reports = list("yearlyReports");
    reports.push({ coversFrom: from.value, coversTo: to.value, ...dates, ...(scrutiny ? { refersToScrutiny: scrutiny === "yes" } : {}), ...(edition ? { edition } : {}) });
    save();
    showRecords();
    status(`${recordLabel("yearlyReports", reports.length - 1)} added.`);
  }

  // ---- The list of records --------------------------------------------------------------------------------------------

  function showRecords() {
    const records = scenario.records && typeof scenario.records === "object" ? scenario.records : {};
    const items = [];
    for (const kind of Object.keys(kinds)) {
      (Array.isArray(records[kind]) ? records[kind] : []).forEach((r, i) => {
        const label = recordLabel(kind, i);
        items.push(el("li", {}, el("span", {}, el("strong", {}, label), `: ${recordSummary(kind, r ?? {})}`),
          el("button", { type: "button", class: "remove", "data-kind": kind, "data-index": i, "aria-label": `Remove ${label}` }, "Remove")));
      });
    }
    const others = Object.entries(records).filter(([k, v]) => !kinds[k] && k !== "$schema" && Array.isArray(v) && v.length);
    show("records-listing",
      items.length ? el("ul", { id: "records-list", "aria-labelledby": "records-list-heading" }, items)
        : el("p", { id: "records-list" }, "No records yet: add meetings, incidents or yearly reports above, import a CSV file, or open a scenario file."),
      others.length ? el("p", {}, `Kept from the opened file as they are (not shown in the form): ${others.map(([k, v]) => `${v.length} ${k}`).join(", ")}.`) : null,
      scenario.expect ? el("p", {}, "The opened file's expectations (expect) are kept in the file; the page does not check them.") : null);
  }

  function removeRecord(event) {
    const button = event.target.closest("button.remove");
    if (!button) return;
    const { kind, index } = button.dataset;
    const label = recordLabel(kind, Number(index));
    scenario.records[kind].splice(Number(index), 1);
    save();
    showRecords();
    status(`${label} removed.`);
    ($("records-list").querySelector("button") ?? $("records-check")).focus();
  }

  // ---- Check, download, open -------------------------------------------------------------------------------------------

  /** Elements from complianceReport with their ids made this tab's own ("clocks" becomes "records-clocks"), so that the
   * Compliance check tab's report and this one can both be on the page. */
  function ownIds(nodes) {
    const elements = nodes.filter((n) => n instanceof Element).flatMap((n) => [n, ...n.querySelectorAll("*")]);
    for (const e of elements) {
      if (e.id) e.id = `records-${e.id}`;
      for (const name of ["aria-labelledby", "aria-describedby", "aria-controls"]) {
        if (e.hasAttribute(name)) e.setAttribute(name, e.getAttribute(name).split(/\s+/).map((x) => `records-${x}`).join(" "));
      }
    }
    return nodes;
  }

  async function check() {
    readScenarioForm();
    if (!validScenario()) return;
    const name = `${fileStem()}.json`;
    show("records-result", el("p", {}, `Checking ${scenario.name}…`));
    const answer = await api("/v1/scenarios", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: scenarioText(),
    });
    if (!answer.ok) {
      show("records-result", problem(answer.body, `${scenario.name} could not be checked`, where));
      return;
    }
    show("records-result", ...ownIds(complianceReport(answer.body, name)));
  }

  function download() {
    readScenarioForm();
    if (!validScenario()) return;
    saveFile(`${fileStem()}.json`, "application/json", scenarioText());
    status(`${fileStem()}.json downloaded.`);
  }

  async function openFile(file) {
    if (!file) return;
    fieldError("records-open", null);
    const text = await file.text();
    let parsed;
    try {
      parsed = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
    } catch (e) {
      const yaml = /\.ya?ml$/i.test(file.name);
      fieldError("records-open", yaml
        ? `${file.name} is YAML: the form opens JSON scenario files only. Check a YAML file on the Compliance check tab.`
        : `${file.name} is not JSON (${e.message}): the form opens JSON scenario files; check a YAML file on the Compliance check tab.`);
      return;
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      fieldError("records-open", `${file.name} is not a scenario: a JSON scenario file is one object (see samples/scenarios/*.json).`);
      return;
    }
    if (parsed.records !== undefined && (typeof parsed.records !== "object" || parsed.records === null || Array.isArray(parsed.records))) {
      fieldError("records-open", `${file.name}: its records are not an object of lists.`);
      return;
    }
    if (parsed.records === undefined) parsed.records = {};
    scenario = parsed;
    save();
    fillScenarioForm();
    showRecords();
    show("records-result");
    $("records-open").value = "";
    status(`${file.name} opened: ${Object.keys(kinds).map((k) => `${(scenario.records[k] ?? []).length} ${kinds[k].toLowerCase()}s`).join(", ")}.`);
    await loadNames();
  }

  // ---- CSV -------------------------------------------------------------------------------------------------------------

  /** RFC 4180: fields separated by commas, a field in double quotes may hold commas, line breaks and doubled quotes; rows
   * end with CRLF (or LF). Answers the rows, each an array of fields. */
  function parseCsv(text) {
    if (text.startsWith("\uFEFF")) text = text.slice(1);
    const rows = [];
    let row = [], value = "", quoted = false, i = 0;
    while (i < text.length) {
      const c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
          quoted = false; i++; continue;
        }
        value += c; i++; continue;
      }
      if (c === '"' && value === "") { quoted = true; i++; continue; }
      if (c === ",") { row.push(value); value = ""; i++; continue; }
      if (c === "\r" || c === "\n") {
        row.push(value); rows.push(row); row = []; value = "";
        i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
        continue;
      }
      value += c; i++;
    }
    if (quoted) throw new Error(`a quoted field in row ${rows.length + 1} is never closed`);
    if (value !== "" || row.length) { row.push(value); rows.push(row); }
    return rows;
  }

  const headerKey = (h) => h.trim().toLowerCase().replace(/[\s-]+/g, "_");
  const statusOf = (text) => ({ present: "present", deputyattended: "deputyAttended", deputy: "deputyAttended", apologies: "apologies", apology: "apologies", absent: "absent" })[text.trim().toLowerCase().replace(/[\s_-]+/g, "")];
  const decisionOf = (text) => ({ localreview: "localReview", noreview: "noReview", nationalreview: "nationalReview" })[text.trim().toLowerCase().replace(/[\s_-]+/g, "")];

  async function importCsv(file) {
    if (!file) return;
    $("records-csv").value = "";
    let rows;
    try {
      rows = parseCsv(await file.text()).filter((r) => r.some((c) => c.trim() !== ""));
    } catch (e) {
      show("records-csv-result", el("div", { class: "error", role: "alert" }, `${file.name} is not CSV: ${e.message}.`));
      return;
    }
    const header = (rows[0] ?? []).map(headerKey);
    const problems = [];
    let added = 0, kind;
    if (header.includes("case_reference")) { kind = "incidents"; added = importIncidents(rows, header, problems); }
    else if (header.includes("body") && header.includes("date")) { kind = "meetings"; added = await importMeetings(rows, header, problems); }
    else {
      show("records-csv-result", el("div", { class: "error", role: "alert" },
        `${file.name}: its header row names neither meetings (body, date, ...) nor incidents (case_reference, local_authority_aware_on, ...); see the layout in the analysts' guide.`));
      return;
    }
    save();
    showRecords();
    const noun = kind === "meetings" ? (added === 1 ? "meeting" : "meetings") : (added === 1 ? "incident" : "incidents");
    show("records-csv-result",
      el("p", {}, `${file.name}: ${added} ${noun} added${problems.length ? `; ${problems.length} ${problems.length === 1 ? "problem" : "problems"}, the rows left out:` : "."}`),
      problems.length ? el("div", { class: "error", role: "alert" }, el("ul", {}, problems.map((p) => el("li", {}, `Row ${p.row}, column ${p.column}: ${p.message}`)))) : null);
    status(`${added} ${noun} imported from ${file.name}.`);
  }

  function cell(row, header, name) {
    const at = header.indexOf(name);
    return at < 0 ? "" : (row[at] ?? "").trim();
  }

  async function importMeetings(rows, header, problems) {
    const names = rows[0].map((h) => h.trim());
    const meetings = list("meetings");
    let added = 0;
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r], n = r + 1;
      const bad = (column, message) => problems.push({ row: n, column, message });
      const dateText = cell(row, header, "date");
      const date = isoDate(dateText);
      if (!dateText) { bad("date", "empty: the meeting's date is required (YYYY-MM-DD or DD/MM/YYYY)."); continue; }
      if (!date) { bad("date", `'${dateText}' is not a date (YYYY-MM-DD or DD/MM/YYYY).`); continue; }
      if (!inRange(date)) { bad("date", `'${dateText}' is outside 1978 to 2195.`); continue; }
      const day2 = await bodiesOn(date);
      if (day2.error) { bad("date", `no arrangements on ${dayWords(date)}: ${day2.error}`); continue; }
      const bodyText = cell(row, header, "body");
      const body = day2.bodies.find((b) => b.id.toLowerCase() === bodyText.toLowerCase() || b.name.toLowerCase() === bodyText.toLowerCase());
      if (!body) { bad("body", bodyText ? `'${bodyText}' is not a body in the arrangements on ${dayWords(date)} (its bodies: ${day2.bodies.map((b) => b.id).join(", ")}).` : "empty: the body is required."); continue; }
      const agencyOf = (text) => day2.agencies.find((a) => a.id.toLowerCase() === text.toLowerCase() || a.name.toLowerCase() === text.toLowerCase());
      let wrong = false;
      const chairText = cell(row, header, "chair");
      const chair = chairText ? agencyOf(chairText) : null;
      if (chairText && !chair) { bad("chair", `'${chairText}' is not an agency of the partnership on ${dayWords(date)}.`); wrong = true; }
      if (meetings.some((m) => m.body === body.id && m.date === date)) { bad("date", `the ${body.name} on ${dayWords(date)} is already recorded.`); continue; }
      const attendance = [];
      const members = body.members ?? [];
      names.forEach((column, c) => {
        if (["body", "date", "chair"].includes(header[c])) return;
        const value = (row[c] ?? "").trim();
        if (!value) return;
        const colon = column.indexOf(":");
        const agencyText = (colon < 0 ? column : column.slice(0, colon)).trim();
        const representative = colon < 0 ? null : column.slice(colon + 1).trim();
        const agency = agencyOf(agencyText);
        const status2 = statusOf(value);
        if (!status2) { bad(column, `'${value}' is not an attendance status (present, deputy attended, apologies or absent).`); wrong = true; return; }
        if (!agency) { bad(column, `'${agencyText}' is not an agency of the partnership on ${dayWords(date)}.`); wrong = true; return; }
        const seats = members.filter((m) => m.agency === agency.id);
        if (!seats.length) { bad(column, `${agency.name} has no seat on the ${body.name} on ${dayWords(date)}.`); wrong = true; return; }
        let seat = seats[0];
        if (representative) {
          seat = seats.find((m) => m.representative.toLowerCase() === representative.toLowerCase());
          if (!seat) { bad(column, `${agency.name} has no seat '${representative}' on the ${body.name}; its seats: ${seats.map((m) => m.representative).join("; ")}.`); wrong = true; return; }
        } else if (seats.length > 1) {
          bad(column, `${agency.name} has ${seats.length} seats on the ${body.name}: name the column '${agency.id}: ' and the seat (${seats.map((m) => m.representative).join("; ")}).`);
          wrong = true; return;
        }
        if (attendance.some((a) => a.agency === agency.id && (a.representative ?? null) === (seats.length > 1 ? seat.representative : null))) {
          bad(column, `a second column for the same seat (${agency.name}, ${seat.representative}).`); wrong = true; return;
        }
        attendance.push({ agency: agency.id, ...(seats.length > 1 ? { representative: seat.representative } : {}), status: status2 });
      });
      if (wrong) continue;
      meetings.push({ id: meetingId(body.id, date), body: body.id, date, ...(chair ? { chair: chair.id } : {}), attendance });
      added++;
    }
    return added;
  }

  const incidentColumns = {
    case_reference: "caseReference", local_authority_aware_on: "localAuthorityAwareOn", notified_panel_on: "notifiedPanelOn",
    reported_to_partners_on: "reportedToPartnersOn", rapid_review_sent_on: "rapidReviewSentOn", decision: "decision",
    local_review_initiated_on: "initiatedOn", local_review_final_report_sent_on: "finalReportSentOn", local_review_published_on: "publishedOn",
  };

  function importIncidents(rows, header, problems) {
    header.forEach((h, c) => { if (!incidentColumns[h]) problems.push({ row: 1, column: rows[0][c].trim() || `${c + 1}`, message: `not a column of the incidents layout (${Object.keys(incidentColumns).join(", ")}); left out of every row.` }); });
    const incidents = list("incidents");
    let added = 0;
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r], n = r + 1;
      const bad = (column, message) => problems.push({ row: n, column, message });
      const record = {};
      let wrong = false;
      const caseReference = cell(row, header, "case_reference");
      if (!caseReference) { bad("case_reference", "empty: the case reference is required."); wrong = true; }
      else if (incidents.some((i) => i.caseReference === caseReference)) { bad("case_reference", `${caseReference} is already recorded.`); continue; }
      for (const [column, key] of Object.entries(incidentColumns)) {
        if (column === "case_reference" || column === "decision") continue;
        const text = cell(row, header, column);
        if (!text) {
          if (column === "local_authority_aware_on") { bad(column, "empty: the date the local authority became aware is required."); wrong = true; }
          continue;
        }
        const iso = isoDate(text);
        if (!iso || !inRange(iso)) { bad(column, `'${text}' is not a date (YYYY-MM-DD or DD/MM/YYYY).`); wrong = true; continue; }
        record[key] = iso;
      }
      const decisionText = cell(row, header, "decision");
      const decision = decisionText ? decisionOf(decisionText) : undefined;
      if (decisionText && !decision) { bad("decision", `'${decisionText}' is not a decision (local review, no review or national review).`); wrong = true; }
      if (wrong) continue;
      const review = ["initiatedOn", "finalReportSentOn", "publishedOn"].filter((k) => record[k]);
      incidents.push({
        caseReference, localAuthorityAwareOn: record.localAuthorityAwareOn,
        ...Object.fromEntries(["notifiedPanelOn", "reportedToPartnersOn", "rapidReviewSentOn"].filter((k) => record[k]).map((k) => [k, record[k]])),
        ...(decision ? { decision } : {}),
        ...(review.length ? { localReview: Object.fromEntries(review.map((k) => [k, record[k]])) } : {}),
      });
      added++;
    }
    return added;
  }

  // ---- Start -----------------------------------------------------------------------------------------------------------

  let started = false;

  /** Builds the tool the first time its tab is shown, so the other tabs never wait for it. */
  async function start() {
    if (started || location.hash !== "#records") return;
    started = true;
    build();
    scenario = restore() ?? blank();
    fillScenarioForm();
    showRecords();
    const answer = await api("/v1/partnerships");
    partnerships = answer.ok ? answer.body : [];
    if (!scenario.partnership && !scenario.arrangements) scenario.partnership = partnerships[0]?.id ?? "";
    fillScenarioForm();
    await loadNames();
    $("records").dataset.ready = "true";
  }

  window.addEventListener("hashchange", start);
  document.addEventListener("DOMContentLoaded", start);
})();
