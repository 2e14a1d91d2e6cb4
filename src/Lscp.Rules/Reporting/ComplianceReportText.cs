using System.Globalization;
using System.Text;
using Lscp.Rules.Compliance;
using Lscp.Rules.Timescales;
using NodaTime;

namespace Lscp.Rules.Reporting;

/// <summary>Renders a <see cref="ComplianceReport"/> as plain text for people, in the support team's three questions.</summary>
public static class ComplianceReportText
{
    /// <summary>The report as text: verdict, how much, how well, what difference, the clocks, then every finding.</summary>
    public static string Render(ComplianceReport report)
    {
        Guard.Against.Null(report);
        var m = report.Measures;
        var text = new StringBuilder();
        text.AppendLine($"VERDICT: {report.Summary}");
        text.AppendLine();
        text.AppendLine("How much have we done?");
        foreach (var body in m.Bodies)
        {
            text.AppendLine(body.Expected is { } expected
                ? $"  {body.Name}: {body.Held} meeting(s) held, {expected} expected"
                : $"  {body.Name}: {body.Held} meeting(s) held (meets as needed)");
        }

        text.AppendLine($"  Incidents notified to the Panel: {m.IncidentsNotified}; rapid reviews sent: {m.RapidReviewsCompleted}");
        text.AppendLine($"  Local reviews initiated: {m.LocalReviewsInitiated}; published: {m.LocalReviewsPublished}; yearly reports published: {m.YearlyReportsPublished}");
        text.AppendLine();
        text.AppendLine("How well did we do it?");
        text.AppendLine($"  Meetings quorate: {Percent(m.PercentQuorate)} ({m.MeetingsQuorate} of {m.MeetingsAssessedForQuorum} with a quorum rule)");
        foreach (var clock in m.Clocks.Where(c => c.OnTime + c.Late + c.Overdue > 0))
        {
            var median = clock.MedianWorkingDays is { } days ? $"; median {days.ToString("0.#", CultureInfo.InvariantCulture)} working days" : string.Empty;
            text.AppendLine($"  {clock.RuleId} {clock.Title}: {Percent(clock.OnTimePercent)} on time ({clock.OnTime} on time, {clock.Late} late, {clock.Overdue} overdue){median}");
        }

        if (m.Duties is { } duties)
        {
            text.AppendLine($"  Key documents signed off by all three partners before publication: {duties.DocumentsSignedByAll} of {duties.DocumentsPublished}");
            text.AppendLine($"  Independent scrutiny: {duties.ScrutinyReports} report(s); {duties.DaysWithoutScrutiny} day(s) without it");
            text.AppendLine($"  Yearly reports referring to the scrutiny: {duties.YearlyReportsReferringToScrutiny} of {duties.YearlyReportsPublished} ({duties.YearlyReportsScrutinyNotRecorded} not recorded)");
            text.AppendLine($"  Relevant agencies on the register: {duties.RelevantAgencies} ({duties.RelevantAgenciesCategoryNotRecorded} with their Schedule category not recorded)");
        }

        if (!report.ToConfirm.IsEmpty)
        {
            text.AppendLine();
            text.AppendLine($"To confirm ({report.ToConfirm.Length} fact(s) that findings rest on but no published source states; those findings are not counted in the verdict)");
            foreach (var fact in report.ToConfirm)
            {
                text.AppendLine($"  {fact.Fact}: {fact}");
            }
        }

        text.AppendLine();
        text.AppendLine("What difference has it made?");
        text.AppendLine("  Outcomes for children are not in these records. Compare these measures with the previous period's report to see the trend.");
        text.AppendLine();
        text.AppendLine($"Statutory clocks ({report.Deadlines.Length})");
        foreach (var deadline in report.Deadlines)
        {
            text.AppendLine($"  {deadline.RuleId} {deadline.Subject}: {Status(deadline)}");
            foreach (var delay in deadline.Delays)
            {
                text.AppendLine($"    delay recorded: {delay.Reason}; the Panel told {Told(delay.PanelToldOn)}, the Secretary of State told {Told(delay.SecretaryOfStateToldOn)} (the date stands)");
            }

            foreach (var basis in deadline.Basis)
            {
                text.AppendLine($"    to confirm: {basis.Fact} ({basis})");
            }

            if (deadline.Suspension is { } suspension)
            {
                text.AppendLine($"    rule suspended {suspension.During}: {suspension.Reason}");
            }
        }

        text.AppendLine();
        text.Append(ComplianceText.Render(report.Result));
        return text.ToString();
    }

    private static string Told(LocalDate? on) => on is { } day ? $"on {day:uuuu-MM-dd}" : "(not recorded)";

    private static string Status(Deadline d) => d.Status switch
    {
        DeadlineStatus.Met => $"met on {d.CompletedOn:uuuu-MM-dd} (due {d.DueOn:uuuu-MM-dd})",
        DeadlineStatus.MetLate => $"met {d.DaysInOwnUnit.Count} {d.DaysInOwnUnit.Unit} late on {d.CompletedOn:uuuu-MM-dd} (due {d.DueOn:uuuu-MM-dd})",
        DeadlineStatus.Due => $"due {d.DueOn:uuuu-MM-dd}, in {d.DaysInOwnUnit.Count} {d.DaysInOwnUnit.Unit}",
        DeadlineStatus.Overdue => $"overdue by {d.DaysInOwnUnit.Count} {d.DaysInOwnUnit.Unit} (due {d.DueOn:uuuu-MM-dd})",
        DeadlineStatus.NotApplicable => d.Explanation,
        DeadlineStatus.AwaitingAnchor => "not started: " + d.Explanation,
    };

    private static string Percent(decimal? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";
}
