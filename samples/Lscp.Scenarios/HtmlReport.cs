using System.Globalization;
using System.Net;
using System.Text;
using Lscp.Adapters;
using Lscp.Contracts;
using Lscp.Rules.Calendar;
using Lscp.Rules.Governance;
using NodaTime;

namespace Lscp.Scenarios;

/// <summary>
/// A self-contained HTML page (no scripts, no external files) for one scenario: the verdict, a timeline picture of each body's
/// meetings against its cadence windows and of each incident's clocks with due and actual dates, the measures, the
/// expectations and every finding. What it says comes from the report's one shape (<see cref="ComplianceResponse"/>, the
/// service's answer); only the picture's bodies, meetings and cadence windows come from the scenario's own records.
/// </summary>
public static class HtmlReport
{
    private const int Left = 330;
    private const int Width = 900;
    private const int Row = 26;

    /// <summary>The page for <paramref name="outcome"/>.</summary>
    public static string Write(ScenarioOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var report = outcome.Report;
        var result = report;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(outcome.Scenario.Name)).Append("</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}")
            .Append(".breach{color:#b00020}.warning{color:#a15c00}.information{color:#555}.pass{color:#0a7a2f}.fail{color:#b00020;font-weight:bold}svg text{font-size:12px}")
            .Append("</style></head><body>");
        html.Append("<h1>").Append(E(outcome.Scenario.Name)).Append("</h1>");
        if (outcome.Scenario.Description is { } description)
        {
            html.Append("<p>").Append(E(description)).Append("</p>");
        }

        html.Append("<p><strong>").Append(E(report.Summary)).Append("</strong></p>");
        html.Append("<p>").Append(E($"{result.PartnershipId}, {Day(result.Period.Start)} to {Day(result.Period.End)}; assessed to {Day(result.AssessedUntil)}; evaluated on {Day(result.EvaluatedOn)}; rulebook {result.RulebookVersion}; calendar {result.CalendarVersion}; Lscp.Rules {result.LibraryVersion}.")).Append("</p>");
        html.Append("<h2>Timeline</h2>").Append(Timeline(outcome));
        html.Append("<h2>How much have we done? How well did we do it?</h2><table><tr><th>Body</th><th>Held</th><th>Expected</th></tr>");
        foreach (var body in report.Measures.Bodies)
        {
            html.Append("<tr><td>").Append(E(body.Name)).Append("</td><td>").Append(body.Held).Append("</td><td>").Append(body.Expected?.ToString(CultureInfo.InvariantCulture) ?? "as needed").Append("</td></tr>");
        }

        html.Append("</table><table><tr><th>Clock</th><th>On time</th><th>Late</th><th>Overdue</th><th>Median working days</th></tr>");
        foreach (var clock in report.Measures.Clocks)
        {
            html.Append("<tr><td>").Append(E($"{clock.RuleId} {clock.Title}")).Append("</td><td>").Append(clock.OnTime).Append("</td><td>").Append(clock.Late).Append("</td><td>").Append(clock.Overdue)
                .Append("</td><td>").Append(clock.MedianWorkingDays?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-").Append("</td></tr>");
        }

        html.Append("</table><p>Meetings quorate: ").Append(report.Measures.PercentQuorate?.ToString("0.#", CultureInfo.InvariantCulture) ?? "n/a").Append("%</p>");
        if (report.Measures.Duties is { } duties)
        {
            html.Append("<h2>Duties beyond the clocks</h2><ul>")
                .Append(CultureInfo.InvariantCulture, $"<li>Key documents signed off by all three partners before publication: {duties.DocumentsSignedByAll} of {duties.DocumentsPublished}</li>")
                .Append(CultureInfo.InvariantCulture, $"<li>Independent scrutiny reports: {duties.ScrutinyReports}; days without independent scrutiny: {duties.DaysWithoutScrutiny}</li>")
                .Append(CultureInfo.InvariantCulture, $"<li>Yearly reports referring to the scrutiny: {duties.YearlyReportsReferringToScrutiny} of {duties.YearlyReportsPublished} ({duties.YearlyReportsScrutinyNotRecorded} not recorded)</li>")
                .Append(CultureInfo.InvariantCulture, $"<li>Relevant agencies on the register: {duties.RelevantAgencies} ({duties.RelevantAgenciesCategoryNotRecorded} with their Schedule category not recorded)</li>")
                .Append("</ul>");
        }

        Difference(html, report);
        if (outcome.Expectations.Count > 0)
        {
            html.Append("<h2>Expectations</h2><table><tr><th>Expectation</th><th>Result</th><th>Expected</th><th>Actual</th></tr>");
            foreach (var e in outcome.Expectations)
            {
                html.Append("<tr><td>").Append(E(e.Description)).Append("</td><td class=\"").Append(e.Passed ? "pass\">pass" : "fail\">FAIL").Append("</td><td>").Append(E(e.Expected)).Append("</td><td>").Append(E(e.Actual)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        Findings(html, report, "Findings counted in the verdict", [.. result.Findings.Where(f => f.CountsInVerdict())]);
        var unconfirmed = result.Findings.Where(f => !f.CountsInVerdict()).ToList();
        if (unconfirmed.Count > 0)
        {
            Findings(html, report, $"To confirm ({unconfirmed.Count}): findings that rest on a fact no published source states, not counted in the verdict", unconfirmed);
            html.Append("<p>The facts to confirm (or correct, in the arrangements or the rulebook):</p><ul>");
            foreach (var fact in outcome.Report.ToConfirm)
            {
                html.Append("<li><strong>").Append(E(fact.Fact)).Append("</strong> (").Append(E(EnumNames.NameOf(fact.Provenance))).Append("): ").Append(E(fact.Note)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</body></html>");
        return html.ToString();
    }

    /// <summary>The third question from the learning records, then this period against the last, measure by measure.</summary>
    private static void Difference(StringBuilder html, ComplianceResponse report)
    {
        static string P(decimal? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";
        static string V(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "none";
        var learning = report.Measures.Learning;
        html.Append("<h2>What difference has it made?</h2><ul>");
        if (learning.RecommendationsRecorded)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>Actions done by their due date: {P(learning.OnTimePercent)} ({learning.ActionsOnTime} of {learning.ActionsDue} due; {learning.ActionsLate} late, {learning.ActionsOverdue} overdue)</li>")
                .Append(CultureInfo.InvariantCulture, $"<li>Actions done with evidence of impact: {P(learning.ImpactEvidencedPercent)} ({learning.ActionsDoneWithImpact} of {learning.ActionsDone} done); recommendations with impact first evidenced: {learning.RecommendationsEvidenced}</li>");
        }

        if (learning.AuditsRecorded)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>Planned multi-agency audits finished: {P(learning.AuditsCompletedPercent)} ({learning.AuditsCompleted} of {learning.AuditsPlanned})</li>");
        }

        if (learning.RecommendationsRecorded || learning.AuditsRecorded)
        {
            html.Append("<li>Themes raised again: ").Append(E(learning.RepeatThemes.Count == 0 ? "none" : string.Join("; ", learning.RepeatThemes))).Append("</li>");
        }

        foreach (var what in learning.ToRecord)
        {
            html.Append("<li>To record: ").Append(E(what)).Append("</li>");
        }

        html.Append("</ul>");
        if (report.Comparison is not { } comparison)
        {
            html.Append("<p>No previous period to compare with: none of its days can be assessed.</p>");
            return;
        }

        html.Append("<h3>").Append(E($"Against {Day(comparison.Previous.Start)} to {Day(comparison.Previous.End)}, from the same records")).Append("</h3>");
        if (comparison.Note is { } note)
        {
            html.Append("<p>").Append(E(note)).Append("</p>");
        }

        html.Append("<table><tr><th>Question</th><th>Measure</th><th>This period</th><th>Previous</th><th>Change</th></tr>");
        foreach (var change in comparison.Changes.Where(c => c.Current is not null || c.Previous is not null))
        {
            var question = change.Question switch
            {
                ReportQuestion.HowMuch => "How much",
                ReportQuestion.HowWell => "How well",
                ReportQuestion.Difference => "What difference",
            };
            html.Append("<tr><td>").Append(question).Append("</td><td>").Append(E(change.Label)).Append("</td><td>").Append(V(change.Current)).Append("</td><td>").Append(V(change.Previous)).Append("</td><td>").Append(change.InWords()).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Findings(StringBuilder html, ComplianceResponse report, string heading, IReadOnlyList<Finding> findings)
    {
        html.Append("<h2>").Append(E(heading)).Append("</h2>");
        if (findings.Count == 0)
        {
            html.Append("<p>None.</p>");
            return;
        }

        html.Append("<table><tr><th>Severity</th><th>Rule</th><th>Subject</th><th>Dates</th><th>Finding</th><th>Source</th></tr>");
        foreach (var f in findings)
        {
            var severity = EnumNames.NameOf(f.Severity);
            html.Append("<tr class=\"").Append(severity).Append("\"><td>").Append(severity).Append("</td><td>").Append(E(f.RuleId)).Append("</td><td>").Append(E(f.Subject)).Append("</td><td>")
                .Append(E(f.From == f.To ? Day(f.From) : $"{Day(f.From)} to {Day(f.To)}")).Append("</td><td>").Append(E(f.Message)).Append("</td><td>").Append(E(ComplianceReportText.Cite(report.Rules[f.RuleId].Citation))).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static string Timeline(ScenarioOutcome outcome)
    {
        var result = outcome.Report;
        var start = result.Period.Start;
        var days = Period.DaysBetween(start, result.Period.End) + 1;
        double X(LocalDate date) => Left + (Width * Math.Clamp(Period.DaysBetween(start, date), 0, days) / (double)days);
        var partnership = outcome.Scenario.Partnership;
        var arrangements = partnership.ArrangementsOn(result.AssessedFrom);
        var bodies = arrangements.Bodies.Where(b => b.Cadence is not null || outcome.Scenario.Records.Meetings.Any(m => m.BodyId == b.Id)).ToList();
        var deadlines = outcome.Report.Deadlines;
        var height = (Row * (bodies.Count + deadlines.Count + 2)) + 20;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Left + Width + 20}\" height=\"{height}\" role=\"img\" aria-label=\"Timeline of meetings and clocks\">");
        for (var month = new LocalDate(start.Year, start.Month, 1); month <= result.Period.End; month = month.PlusMonths(1))
        {
            var x = X(month < start ? start : month);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"14\" x2=\"{x:0.#}\" y2=\"{height}\" stroke=\"#eee\"/><text x=\"{x + 2:0.#}\" y=\"12\">{month:MMM yy}</text>");
        }

        var y = Row;
        foreach (var body in bodies)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 16}\">{E(Short(body.Name))}</text>");
            for (var yearStart = MeetingSchedule.YearStartOf(start, 4); yearStart <= result.Period.End; yearStart = yearStart.PlusYears(1))
            {
                foreach (var window in MeetingSchedule.ForYear(body, yearStart, WorkingDayCalendar.EnglandAndWales).Where(w => w.WindowEnd >= start && w.WindowStart <= result.Period.End))
                {
                    var missed = result.Findings.Any(f => f.RuleId == Lscp.Rules.Catalogue.RuleIds.MeetsEachInterval && f.Subject == Lscp.Rules.Catalogue.Subject.Body(body.Id).ToString() && f.From == window.WindowStart);
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(window.WindowStart) + 1:0.#}\" y=\"{y + 4}\" width=\"{Math.Max(1, X(window.WindowEnd.PlusDays(1)) - X(window.WindowStart) - 2):0.#}\" height=\"16\" fill=\"{(missed ? "#f8d0d0" : window.Number % 2 == 0 ? "#cddcf5" : "#e6effc")}\"><title>{E($"expected meeting {window.Number}: {window.WindowStart:uuuu-MM-dd} to {window.WindowEnd:uuuu-MM-dd}{(missed ? " (missed)" : string.Empty)}")}</title></rect>");
                }
            }

            foreach (var meeting in outcome.Scenario.Records.Meetings.Where(m => m.BodyId == body.Id && m.Date >= result.Period.Start && m.Date <= result.Period.End))
            {
                var inquorate = result.Findings.Any(f => f.RuleId == Lscp.Rules.Catalogue.RuleIds.MeetingQuorate && f.Subject == Lscp.Rules.Catalogue.Subject.Meeting(meeting.Id).ToString());
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(meeting.Date):0.#}\" cy=\"{y + 12}\" r=\"5\" fill=\"{(inquorate ? "#b00020" : "#0a7a2f")}\"><title>{E($"{meeting.Id} on {meeting.Date:uuuu-MM-dd}{(inquorate ? ", not quorate" : string.Empty)}")}</title></circle>");
            }

            y += Row;
        }

        foreach (var deadline in deadlines)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 16}\">{E(Short($"{deadline.RuleId} {deadline.Subject}"))}</text>");
            if (deadline.AnchorDate is { } anchor && deadline.DueOn is { } due)
            {
                var (from, to) = anchor <= due ? (anchor, due) : (due, anchor);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(from):0.#}\" y1=\"{y + 12}\" x2=\"{X(to):0.#}\" y2=\"{y + 12}\" stroke=\"#888\" stroke-width=\"2\"/>");
            }

            if (deadline.DueOn is { } dueOn)
            {
                var dx = X(dueOn);
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{dx:0.#} {y + 4} l6 8 l-6 8 l-6 -8 z\" fill=\"#333\"><title>{E($"due {dueOn:uuuu-MM-dd}")}</title></path>");
            }

            if (deadline.CompletedOn is { } done)
            {
                var late = deadline.Status == DeadlineStatus.MetLate;
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(done):0.#}\" cy=\"{y + 12}\" r=\"5\" fill=\"{(late ? "#b00020" : "#0a7a2f")}\"><title>{E($"done {done:uuuu-MM-dd}{(late ? $", {deadline.WorkingDays} working day(s) late" : string.Empty)}")}</title></circle>");
            }
            else if (deadline.Status is DeadlineStatus.Overdue && deadline.DueOn is { } open)
            {
                var colour = deadline.Status == DeadlineStatus.Overdue ? "#b00020" : "#a15c00";
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Math.Min(X(open) + 8, Left + Width - 60):0.#}\" y=\"{y + 16}\" fill=\"{colour}\">{EnumNames.NameOf(deadline.Status)}</text>");
            }

            y += Row;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 16}\">Key: blue band = a cadence window, one meeting due in each (alternate shades); red window = missed; dot = meeting (red: not quorate); diamond = due date; dot on a clock = done (red: late).</text>");
        return svg.Append("</svg>").ToString();
    }

    private static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length <= 48 ? text : text[..47] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
