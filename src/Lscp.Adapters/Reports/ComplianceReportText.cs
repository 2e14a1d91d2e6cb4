using System.Globalization;
using System.Text;
using Lscp.Contracts;
using NodaTime;
using Counting = Lscp.Rules.Timescales.Counting;

namespace Lscp.Adapters;

/// <summary>
/// Renders the compliance report, in its one shape (<see cref="ComplianceResponse"/>, the service's answer), as plain text
/// for people, in the support team's three questions. The scenario runner prints this.
/// </summary>
public static class ComplianceReportText
{
    /// <summary>The report as text: verdict, how much, how well, what difference, the clocks, then every finding.</summary>
    public static string Render(ComplianceResponse report)
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

        if (report.ToConfirm.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"To confirm ({report.ToConfirm.Count} fact(s) that findings rest on but no published source states; those findings are not counted in the verdict)");
            foreach (var fact in report.ToConfirm)
            {
                text.AppendLine($"  {fact.Fact}: {Basis(fact)}");
            }
        }

        text.AppendLine();
        Difference(report, text);
        text.AppendLine();
        text.AppendLine($"Statutory clocks ({report.Deadlines.Count})");
        foreach (var deadline in report.Deadlines)
        {
            text.AppendLine($"  {deadline.RuleId} {deadline.Subject}: {Status(deadline, report.Rules[deadline.RuleId])}");
            foreach (var delay in deadline.Delays)
            {
                text.AppendLine($"    delay recorded: {delay.Reason}; the Panel told {Told(delay.PanelToldOn)}, the Secretary of State told {Told(delay.SecretaryOfStateToldOn)} (the date stands)");
            }

            foreach (var basis in deadline.ToConfirm ?? [])
            {
                text.AppendLine($"    to confirm: {basis.Fact} ({Basis(basis)})");
            }

            if (deadline.Suspension is { } suspension)
            {
                var during = suspension.To is { } to ? $"{Day(suspension.From)} to {Day(to)}" : $"from {Day(suspension.From)}";
                text.AppendLine($"    rule suspended {during}: {suspension.Reason}");
            }
        }

        text.AppendLine();
        Findings(report, text);
        return text.ToString();
    }

    /// <summary>The third question from the learning records, then this period against the last, measure by measure.</summary>
    private static void Difference(ComplianceResponse report, StringBuilder text)
    {
        var learning = report.Measures.Learning;
        text.AppendLine("What difference has it made?");
        // What the records do not hold is said once, as what to record, not as a row of zeros.
        var (recommendations, audits) = (learning.RecommendationsRecorded, learning.AuditsRecorded);
        if (recommendations)
        {
            text.AppendLine($"  Actions done by their due date: {Percent(learning.OnTimePercent)} ({learning.ActionsOnTime} of {learning.ActionsDue} due; {learning.ActionsLate} late, {learning.ActionsOverdue} overdue)");
            text.AppendLine($"  Actions done with evidence of impact: {Percent(learning.ImpactEvidencedPercent)} ({learning.ActionsDoneWithImpact} of {learning.ActionsDone} done); recommendations with impact first evidenced: {learning.RecommendationsEvidenced}");
        }

        if (audits)
        {
            text.AppendLine($"  Planned multi-agency audits finished: {Percent(learning.AuditsCompletedPercent)} ({learning.AuditsCompleted} of {learning.AuditsPlanned})");
        }

        if (recommendations || audits)
        {
            text.AppendLine(learning.RepeatThemes.Count == 0 ? "  Themes raised again: none" : $"  Themes raised again: {string.Join("; ", learning.RepeatThemes)}");
        }

        foreach (var what in learning.ToRecord)
        {
            text.AppendLine($"  To record: {what}");
        }

        if (report.Comparison is not { } comparison)
        {
            text.AppendLine("  No previous period to compare with: none of its days can be assessed.");
            return;
        }

        text.AppendLine($"  Against {Day(comparison.Previous.Start)} to {Day(comparison.Previous.End)}, from the same records:");
        if (comparison.Note is { } note)
        {
            text.AppendLine($"    Note: {note}");
        }

        foreach (var change in comparison.Changes.Where(c => c.Current is not null || c.Previous is not null))
        {
            text.AppendLine($"    {change.Label}: {Value(change.Current)} (was {Value(change.Previous)}), {change.InWords()}");
        }
    }

    private static string Value(decimal? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) : "none";

    /// <summary>The versions that produced the report, its notes and counts, then each finding with its citation and facts.</summary>
    private static void Findings(ComplianceResponse report, StringBuilder text)
    {
        text.AppendLine($"Compliance of '{report.PartnershipId}', {Day(report.Period.Start)} to {Day(report.Period.End)}");
        text.AppendLine($"Assessed {Day(report.AssessedFrom)} to {Day(report.AssessedUntil)}, evaluated on {Day(report.EvaluatedOn)}");
        text.AppendLine($"Rulebook {report.RulebookVersion}; calendar {report.CalendarVersion}; Lscp.Rules {report.LibraryVersion}");
        foreach (var note in report.Notes)
        {
            text.AppendLine($"Note: {note}");
        }

        int Count(Severity severity) => report.Findings.Count(f => f.Severity == severity);
        var toConfirm = report.Findings.Count(f => !f.CountsInVerdict());
        text.AppendLine($"{Count(Severity.Breach)} breach(es), {Count(Severity.Warning)} warning(s), {Count(Severity.Information)} for information{(toConfirm > 0 ? $"; {toConfirm} of them rest on facts to confirm and are not counted in the verdict" : string.Empty)}");
        foreach (var finding in report.Findings)
        {
            text.AppendLine();
            var days = finding.From == finding.To ? Day(finding.From) : $"{Day(finding.From)} to {Day(finding.To)}";
            var mark = finding.CountsInVerdict() ? string.Empty : ", TO CONFIRM";
            text.AppendLine($"[{EnumNames.NameOf(finding.Severity).ToUpperInvariant()}{mark}] {finding.RuleId} {finding.Subject} ({days})");
            text.AppendLine($"  {finding.Message}");
            text.AppendLine($"  Source: {Cite(report.Rules[finding.RuleId].Citation)}");
            if (finding.Facts.Count > 0)
            {
                text.AppendLine($"  Facts: {string.Join("; ", finding.Facts.Select(f => $"{f.Name} = {f.Value}"))}");
            }
        }
    }

    /// <summary>A citation as the reports print it: its source, then [C] confirmed, [L] likely or [P] local practice.</summary>
    public static string Cite(Citation citation)
    {
        Guard.Against.Null(citation);
        var mark = citation.Confidence switch
        {
            Confidence.Confirmed => "C",
            Confidence.Likely => "L",
            Confidence.LocalPractice => "P",
        };
        return $"{citation.Source} [{mark}]";
    }

    private static string Basis(FactToConfirm fact) => $"{EnumNames.NameOf(fact.Provenance)}: {fact.Note}";

    private static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Told(LocalDate? on) => on is { } day ? $"on {Day(day)}" : "(not recorded)";

    private static string Status(Deadline d, RuleReference rule)
    {
        // A clock counted in working days is judged in them; one counted in months or days, in calendar days.
        var (count, unit) = rule.Counting is Counting.WorkingDaysAfter or Counting.WorkingDaysBefore
            ? (d.WorkingDays, "working day(s)")
            : (d.CalendarDays, "day(s)");
        string On(LocalDate? day) => day is { } x ? Day(x) : string.Empty;
        return d.Status switch
        {
            DeadlineStatus.Met => $"met on {On(d.CompletedOn)} (due {On(d.DueOn)})",
            DeadlineStatus.MetLate => $"met {count} {unit} late on {On(d.CompletedOn)} (due {On(d.DueOn)})",
            DeadlineStatus.Due => $"due {On(d.DueOn)}, in {count} {unit}",
            DeadlineStatus.Overdue => $"overdue by {count} {unit} (due {On(d.DueOn)})",
            DeadlineStatus.NotApplicable => d.Explanation,
            DeadlineStatus.AwaitingAnchor => "not started: " + d.Explanation,
        };
    }

    private static string Percent(decimal? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";
}
