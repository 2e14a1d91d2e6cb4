using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Governance;
using Lscp.Rules.Timescales;
using NodaTime;

namespace Lscp.Rules.Reporting;

/// <summary>Builds the <see cref="ComplianceReport"/> of a partnership for a period.</summary>
public static class ComplianceReportBuilder
{
    /// <summary>
    /// The report for <paramref name="period"/> (both ends inclusive), or, when it is null, for the financial year containing the
    /// clock's date.
    /// </summary>
    /// <exception cref="InvalidRecordsException">A record does not fit the arrangements; every problem is listed.</exception>
    public static ComplianceReport Build(Partnership partnership, PartnershipRecords records, DateInterval? period, Rulebook rulebook, WorkingDayCalendar calendar, IClock clock) =>
        Build(partnership, records, period, rulebook, calendar, ComplianceEvaluator.Today(clock));

    /// <summary>As the overload taking a clock, evaluated on <paramref name="asOf"/> (the period defaults to the financial year containing it).</summary>
    /// <exception cref="InvalidRecordsException">A record does not fit the arrangements; every problem is listed.</exception>
    public static ComplianceReport Build(Partnership partnership, PartnershipRecords records, DateInterval? period, Rulebook rulebook, WorkingDayCalendar calendar, LocalDate asOf) =>
        TryBuild(partnership, records, period, rulebook, calendar, asOf, "$", out var report, out var errors)
            ? report
            : throw new InvalidRecordsException(errors);

    /// <summary>
    /// As <see cref="Build(Partnership, PartnershipRecords, DateInterval?, Rulebook, WorkingDayCalendar, LocalDate)"/>, but a record that does not fit the arrangements is reported, not thrown: false, with every
    /// problem in <paramref name="errors"/> under <paramref name="root"/> (such as <c>$.records</c>). The records are checked once.
    /// </summary>
    public static bool TryBuild(
        Partnership partnership,
        PartnershipRecords records,
        DateInterval? period,
        Rulebook rulebook,
        WorkingDayCalendar calendar,
        LocalDate asOf,
        string root,
        [NotNullWhen(true)] out ComplianceReport? report,
        out IReadOnlyList<ValidationError> errors)
    {
        Guard.Against.Null(partnership);
        Guard.Against.Null(records);
        Guard.Against.Null(rulebook);
        Guard.Against.Null(calendar);
        Guard.Against.NullOrWhiteSpace(root);
        errors = RecordsValidator.Validate(partnership, records, root);
        if (errors.Count > 0)
        {
            report = null;
            return false;
        }

        report = BuildValidated(partnership, records, period, rulebook, calendar, asOf);
        return true;
    }

    /// <summary>The report of a question already read and validated: its records are not checked again.</summary>
    public static ComplianceReport Build(ComplianceQuery query, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(query);
        Guard.Against.Null(calendar);
        return BuildValidated(query.Partnership, query.Records, query.Period, query.Rulebook, calendar, query.AsOf);
    }

    private static ComplianceReport BuildValidated(Partnership partnership, PartnershipRecords records, DateInterval? period, Rulebook rulebook, WorkingDayCalendar calendar, LocalDate asOf)
    {
        period ??= FinancialYear.Containing(asOf);
        var result = Evaluate(partnership, records, period, rulebook, calendar, asOf, out var context);
        var deadlines = context.Deadlines
            .Where(d => InPeriod(d, period))
            .OrderBy(d => d.DueOn ?? LocalDate.MaxIsoValue)
            .ThenBy(d => d.Subject)
            .ToImmutableArray();
        var measures = Measures(context, context.Deadlines);
        // The verdict counts only what rests on published facts and the records; the rest is listed to confirm.
        var breaches = result.Findings.Count(f => f.Severity == Severity.Breach && f.IsConfirmed);
        var warnings = result.Findings.Count(f => f.Severity == Severity.Warning && f.IsConfirmed);
        var unconfirmed = result.Findings.Count(f => f.Severity != Severity.Information && !f.IsConfirmed);
        var toConfirm = ToConfirm(result.Findings);
        var (verdict, summary) = (breaches, warnings) switch
        {
            _ when result.AssessedFrom > result.AssessedUntil => (Verdict.NotAssessed,
                $"Not assessed: no day from {result.Period.Start:uuuu-MM-dd} to {result.Period.End:uuuu-MM-dd} can be assessed (the first arrangements took effect on {partnership.Versions[0].EffectiveFrom:uuuu-MM-dd}; the evaluation date is {result.EvaluatedOn:uuuu-MM-dd})."),
            (0, 0) => (Verdict.Compliant, "Compliant: no breach and no warning."),
            (0, _) => (Verdict.CompliantWithWarnings, $"Compliant with {warnings} warning(s) to attend to."),
            _ => (Verdict.NotCompliant, $"Not compliant: {breaches} breach(es) and {warnings} warning(s)."),
        };
        if (unconfirmed > 0 && verdict != Verdict.NotAssessed)
        {
            summary += $" A further {unconfirmed} finding(s) rest on {toConfirm.Length} fact(s) to confirm (inferred, or a default of this library's) and are not counted.";
        }

        return new ComplianceReport(result, deadlines, measures, verdict, summary)
        {
            ToConfirm = toConfirm,
            Cited = CitedRule.Of(rulebook, result.Findings, deadlines),
            Comparison = Comparison(partnership, records, period, rulebook, calendar, asOf, measures),
        };
    }

    /// <summary>
    /// The measures of the period before <paramref name="period"/>, from the same records, assessed to that period's last
    /// day (its clocks and quorums worked out for it, no rule run), against <paramref name="measures"/>; null when none of
    /// its days can be assessed.
    /// </summary>
    private static PeriodComparison? Comparison(Partnership partnership, PartnershipRecords records, DateInterval period, Rulebook rulebook, WorkingDayCalendar calendar, LocalDate asOf, ReportMeasures measures)
    {
        var previous = PeriodComparison.Before(period);
        var context = new ComplianceContext(partnership, records, previous, rulebook, calendar, asOf);
        if (!context.HasAssessedDays)
        {
            return null;
        }

        var before = Measures(context, context.Deadlines);
        var notes = new List<string>(2);
        if (context.AssessedFrom > previous.Start)
        {
            notes.Add($"The previous period is assessed from {context.AssessedFrom:uuuu-MM-dd}, when {partnership.Name}'s first arrangements took effect.");
        }

        if (before.MeetingsHeld == 0)
        {
            notes.Add($"The records hold no meeting from {context.AssessedFrom:uuuu-MM-dd} to {context.AssessedUntil:uuuu-MM-dd}, so that period's meetings are taken as not recorded and not compared.");
        }

        return new PeriodComparison(previous, PeriodComparison.Compare(measures, before), notes.Count == 0 ? null : string.Join(" ", notes));
    }

    /// <summary>Every fact a finding rests on that is not published, once each, in the order first met.</summary>
    private static ImmutableArray<FactBasis> ToConfirm(ImmutableArray<Finding> findings)
    {
        var seen = new HashSet<FactBasis>();
        var facts = ImmutableArray.CreateBuilder<FactBasis>();
        foreach (var finding in findings)
        {
            foreach (var basis in finding.Basis)
            {
                if (seen.Add(basis))
                {
                    facts.Add(basis);
                }
            }
        }

        return facts.DrainToImmutable();
    }

    private static bool InPeriod(Deadline deadline, DateInterval period) =>
        (deadline.DueOn is { } due && period.Contains(due))
        || (deadline.AnchorDate is { } anchor && period.Contains(anchor))
        || (deadline.Status is DeadlineStatus.AwaitingAnchor && (deadline.AnchorDate is null || deadline.AnchorDate <= period.End))
        || (deadline.Status is DeadlineStatus.Overdue && deadline.DueOn <= period.End);

    /// <summary>The duty measures over the assessed days, or null when the records carry no duty records.</summary>
    private static DutyMeasures? Duties(ComplianceContext context)
    {
        var (partnership, records) = (context.Partnership, context.Records);
        if (!records.HasDutyRecords || !context.HasAssessedDays)
        {
            return null;
        }

        bool Assessed(LocalDate? date) => date is { } d && d >= context.AssessedFrom && d <= context.AssessedUntil;
        var published = records.Documents.Where(d => Assessed(d.PublishedOn)).ToList();
        // Signed as DUTY-SIGN-01 judges it, delegates counting only where the rulebook says so.
        var signedByAll = published.Count(d =>
        {
            var delegatesCount = context.DelegatesCount(d.PublishedOn!.Value);
            return partnership.ArrangementsOn(d.PublishedOn!.Value).StatutoryPartners.All(p => d.IsSignedBy(p.Id, delegatesCount));
        });
        // The union of the scrutiny periods within the assessed days, swept once in date order (n log n, not days times records).
        var covered = 0;
        var next = context.AssessedFrom;
        foreach (var during in records.Scrutiny.Select(s => s.During).OrderBy(p => p.Start))
        {
            var start = LocalDate.Max(during.Start, next);
            var end = LocalDate.Min(during.End ?? context.AssessedUntil, context.AssessedUntil);
            if (start <= end)
            {
                covered += Period.DaysBetween(start, end) + 1;
                next = end.PlusDays(1);
            }
        }

        var yearly = records.YearlyReports.Where(r => Assessed(r.PublishedOn)).ToList();
        var register = RelevantAgencyRegister.On(partnership, context.AssessedUntil);
        return new DutyMeasures(
            published.Count,
            signedByAll,
            records.ScrutinyReports.Count(r => Assessed(r.PublishedOn)),
            Period.DaysBetween(context.AssessedFrom, context.AssessedUntil) + 1 - covered,
            yearly.Count,
            yearly.Count(r => r.RefersToScrutiny is true),
            yearly.Count(r => r.RefersToScrutiny is null),
            register.Length,
            register.Count(a => a.Standing == ScheduleStanding.NotRecorded));
    }

    /// <summary>The date of the first of <paramref name="meetings"/> (in date order) held on or after <paramref name="day"/>, or null when none was.</summary>
    private static LocalDate? FirstOnOrAfter(List<MeetingHeld>? meetings, LocalDate day)
    {
        if (meetings is null)
        {
            return null;
        }

        var (low, high) = (0, meetings.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = meetings[middle].Date < day ? (middle + 1, high) : (low, middle);
        }

        return low < meetings.Count ? meetings[low].Date : null;
    }

    /// <summary>The measures over the context's assessed days; <paramref name="deadlines"/> are its clocks (those due in them are counted).</summary>
    private static ReportMeasures Measures(ComplianceContext context, ImmutableArray<Deadline> deadlines)
    {
        var (partnership, records, rulebook) = (context.Partnership, context.Records, context.Rulebook);
        var (assessedFrom, assessedUntil) = (context.AssessedFrom, context.AssessedUntil);
        bool Assessed(LocalDate? date) => date is { } d && d >= assessedFrom && d <= assessedUntil;
        var meetings = records.Meetings.Where(m => Assessed(m.Date)).ToList();

        var bodies = new List<BodyActivity>();
        var quorumAssessed = 0;
        var quorate = 0;
        if (context.HasAssessedDays)
        {
            // Each body's meetings in the assessed days, in date order: one pass over the meetings sorted once for every rule.
            var held = new Dictionary<string, List<MeetingHeld>>(StringComparer.Ordinal);
            for (var i = 0; i < context.MeetingsByDate.Length; i++)
            {
                var meeting = context.MeetingsByDate[i];
                if (!Assessed(meeting.Date))
                {
                    continue;
                }

                var check = context.QuorumOf(i);
                quorumAssessed += check.Outcome != QuorumOutcome.NoRule ? 1 : 0;
                quorate += check.Outcome == QuorumOutcome.Quorate ? 1 : 0;
                if (!held.TryGetValue(meeting.BodyId, out var list))
                {
                    held[meeting.BodyId] = list = [];
                }

                list.Add(new MeetingHeld(meeting.Id, meeting.Date, check.Outcome == QuorumOutcome.NoRule ? null : check.Outcome == QuorumOutcome.Quorate));
            }

            var startMonth = context.CadenceYearStartMonth(assessedFrom);
            var expected = new Dictionary<string, (string Name, List<CadenceWindow> Windows, bool HasCadence)>(StringComparer.Ordinal);
            foreach (var version in partnership.Versions)
            {
                foreach (var body in version.Bodies)
                {
                    if (!expected.TryGetValue(body.Id, out var entry))
                    {
                        entry = (body.Name, [], false);
                    }

                    var bodyMeetings = held.GetValueOrDefault(body.Id);

                    // The windows of MeetingSchedule.ForYear, without their nominal days (which the report does not need); each met
                    // when the body's first meeting on or after its start (a binary search of the body's meetings) is within it.
                    for (var yearStart = MeetingSchedule.YearStartOf(assessedFrom, startMonth); body.Cadence is { } cadence && yearStart <= assessedUntil; yearStart = yearStart.PlusYears(1))
                    {
                        for (var i = 0; i < cadence.MeetingsPerYear; i++)
                        {
                            var (start, end) = MeetingSchedule.Window(cadence, yearStart, i);
                            if (body.Period.Contains(start) && body.Period.Contains(end) && start >= assessedFrom && end <= assessedUntil
                                && ReferenceEquals(partnership.ArrangementsOn(start), version))
                            {
                                entry.Windows.Add(new CadenceWindow(start, end, FirstOnOrAfter(bodyMeetings, start) is { } first && first <= end));
                            }
                        }
                    }

                    expected[body.Id] = (body.Name, entry.Windows, entry.HasCadence || body.Cadence is not null);
                }
            }

            foreach (var (id, (name, windows, hasCadence)) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var bodyMeetings = held.GetValueOrDefault(id) ?? [];
                if (bodyMeetings.Count > 0 || windows.Count > 0)
                {
                    bodies.Add(new BodyActivity(id, name, bodyMeetings.Count, hasCadence ? windows.Count : null, [.. bodyMeetings], [.. windows.OrderBy(w => w.Start)]));
                }
            }
        }

        var clocks = DeadlineCalculator.Rules.Select(rule =>
        {
            var due = deadlines.Where(d => d.RuleId == rule.Id && Assessed(d.DueOn)).ToList();
            var onTime = due.Count(d => d.Status == DeadlineStatus.Met);
            var late = due.Count(d => d.Status == DeadlineStatus.MetLate);
            var overdue = due.Count(d => d.Status == DeadlineStatus.Overdue);
            var judged = onTime + late + overdue;
            var taken = due.Where(d => d.TakenWorkingDays is not null).Select(d => d.TakenWorkingDays!.Value).Order().ToList();
            return new ClockPerformance(rule.Id, rulebook.Definition(rule.Id).Title, onTime, late, overdue,
                judged == 0 ? null : Math.Round(100m * onTime / judged, 1),
                taken.Count == 0 ? null : taken.Count % 2 == 1 ? taken[taken.Count / 2] : (taken[(taken.Count / 2) - 1] + taken[taken.Count / 2]) / 2m);
        }).ToImmutableArray();

        return new ReportMeasures(
            [.. bodies],
            records.Incidents.Count(i => Assessed(i.NotifiedPanelOn)),
            records.Incidents.Count(i => Assessed(i.RapidReviewSentOn)),
            records.Incidents.Count(i => Assessed(i.LocalReview?.InitiatedOn)),
            records.Incidents.Count(i => Assessed(i.LocalReview?.PublishedOn)),
            records.YearlyReports.Count(r => Assessed(r.PublishedOn)),
            meetings.Count,
            quorumAssessed,
            quorate,
            quorumAssessed == 0 ? null : Math.Round(100m * quorate / quorumAssessed, 1),
            clocks,
            Learning(context, clocks),
            Duties(context));
    }

    /// <summary>
    /// What difference it has made, over the context's assessed days. The actions' timeliness is TS-ACTION-01's own clock
    /// performance (one count for the clock table and this answer).
    /// </summary>
    private static LearningMeasures Learning(ComplianceContext context, ImmutableArray<ClockPerformance> clocks)
    {
        var records = context.Records;
        var (from, to) = (context.AssessedFrom, context.AssessedUntil);
        bool Assessed(LocalDate? date) => date is { } d && d >= from && d <= to;
        var actions = clocks.FirstOrDefault(c => c.RuleId == RuleIds.ActionDoneByDueDate) ?? new ClockPerformance(RuleIds.ActionDoneByDueDate, string.Empty, 0, 0, 0, null, null);
        var (made, done, withImpact, evidenced) = (0, 0, 0, 0);
        foreach (var recommendation in records.Recommendations)
        {
            made += Assessed(recommendation.MadeOn) ? 1 : 0;
            LocalDate? firstEvidence = null;
            foreach (var action in recommendation.Actions)
            {
                if (Assessed(action.DoneOn))
                {
                    done++;
                    withImpact += action.Impact is { } impact && impact.CheckedOn <= to ? 1 : 0;
                }

                if (action.Impact is { } evidence && (firstEvidence is null || evidence.CheckedOn < firstEvidence))
                {
                    firstEvidence = evidence.CheckedOn;
                }
            }

            evidenced += Assessed(firstEvidence) ? 1 : 0;
        }

        var planned = 0;
        var completed = 0;
        foreach (var audit in records.Audits)
        {
            if (Assessed(audit.PlannedFor))
            {
                planned++;
                completed += audit.CompletedOn <= to ? 1 : 0;
            }
        }

        var toRecord = ImmutableArray.CreateBuilder<string>();
        if (records.Recommendations.IsEmpty)
        {
            toRecord.Add("Record the recommendations of reviews and audits, each with its actions (owner, due date, status and the day it changed, evidence of impact), as 'recommendations', to measure actions done on time and with evidence of impact.");
        }

        if (records.Audits.IsEmpty)
        {
            toRecord.Add("Record the multi-agency audits (theme, commissioning group, planned and completed days, methods, findings), as 'audits', to measure audits finished and themes raised again.");
        }

        var judged = actions.OnTime + actions.Late + actions.Overdue;
        return new LearningMeasures(
            !records.Recommendations.IsEmpty,
            !records.Audits.IsEmpty,
            made,
            judged,
            actions.OnTime,
            actions.Late,
            actions.Overdue,
            actions.OnTimePercent,
            done,
            withImpact,
            done == 0 ? null : Math.Round(100m * withImpact / done, 1),
            evidenced,
            planned,
            completed,
            planned == 0 ? null : Math.Round(100m * completed / planned, 1),
            RepeatThemes(records, from, to),
            toRecord.DrainToImmutable());
    }

    /// <summary>
    /// The themes raised on an assessed day (an audit on the day it finished, or was planned to; a review's recommendation on
    /// the day it was made) that a record dated earlier raised too, ignoring case; each once, in the words first used, in date order.
    /// </summary>
    private static ImmutableArray<string> RepeatThemes(PartnershipRecords records, LocalDate from, LocalDate to)
    {
        var raised = new List<(LocalDate On, string Theme)>(records.Recommendations.Length + records.Audits.Length);
        foreach (var recommendation in records.Recommendations)
        {
            // An audit's own recommendations raise its theme once, with the audit, not again.
            if (recommendation.Theme is { } theme && recommendation.Source != RecommendationSource.Audit)
            {
                raised.Add((recommendation.MadeOn, theme));
            }
        }

        foreach (var audit in records.Audits)
        {
            raised.Add((audit.CompletedOn ?? audit.PlannedFor, audit.Theme));
        }

        raised.Sort(static (a, b) => a.On.CompareTo(b.On));
        var first = new Dictionary<string, (LocalDate On, string Words)>(StringComparer.OrdinalIgnoreCase);
        var repeats = new List<string>();
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (on, theme) in raised)
        {
            if (!first.TryGetValue(theme, out var earliest))
            {
                first[theme] = (on, theme);
            }
            else if (earliest.On < on && on >= from && on <= to && reported.Add(theme))
            {
                repeats.Add(earliest.Words);
            }
        }

        return [.. repeats];
    }

    /// <summary>
    /// Runs every rule of <paramref name="rulebook"/> (as <see cref="ComplianceEvaluator.Evaluate(Partnership, PartnershipRecords, DateInterval, Rulebook, WorkingDayCalendar, LocalDate)"/>), for records the caller has already checked with <see cref="RecordsValidator"/>; also gives,
    /// in <c>context</c>, what the rules worked out once (every clock of the records counted to the last assessed day, each
    /// meeting's quorum) for the report to reuse.
    /// </summary>
    internal static ComplianceResult Evaluate(Partnership partnership, PartnershipRecords records, DateInterval period, Rulebook rulebook, WorkingDayCalendar calendar, LocalDate asOf, out ComplianceContext context)
    {
        context = new ComplianceContext(partnership, records, period, rulebook, calendar, asOf);
        var findings = new List<Finding>();
        using var activity = RulesTelemetry.StartEvaluate(partnership.Id, asOf);
        if (context.HasAssessedDays)
        {
            foreach (var rule in ComplianceRules.All)
            {
                if (rulebook.Has(rule.Id))
                {
                    foreach (var finding in rule.Evaluate(context))
                    {
                        findings.Add(Suspended(rulebook, finding));
                    }
                }
            }
        }

        findings.Sort(static (a, b) =>
        {
            var order = a.From.CompareTo(b.From);
            order = order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
            order = order != 0 ? order : a.Subject.CompareTo(b.Subject);
            return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
        });

        return new ComplianceResult(
            partnership.Id,
            period,
            context.AssessedFrom,
            context.AssessedUntil,
            asOf,
            rulebook.Version,
            calendar.DataVersion,
            LibraryInfo.Version,
            [.. findings],
            Notes(partnership, context));
    }

    private static Finding Suspended(Rulebook rulebook, Finding finding) =>
        finding.Severity != Severity.Information && rulebook.SuspensionOn(finding.RuleId, finding.From) is { } suspension
            ? finding with { Severity = Severity.Information, Message = $"Suspended ({suspension.Reason}, {suspension.During}): {finding.Message}" }
            : finding;

    private static ImmutableArray<string> Notes(Partnership partnership, ComplianceContext context)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (context.Period.Start < context.AssessedFrom)
        {
            notes.Add($"{partnership.Name} had no arrangements in force before {context.AssessedFrom:uuuu-MM-dd}; the days from {context.Period.Start:uuuu-MM-dd} are not assessed.");
        }

        if (context.Period.End > context.AssessedUntil)
        {
            notes.Add($"Days after the evaluation date, {context.Today:uuuu-MM-dd}, are not assessed.");
        }

        if (!context.Records.HasDutyRecords && context.HasAssessedDays)
        {
            notes.Add($"Key documents and independent scrutiny are not recorded, so {RuleIds.KeyDocumentSigned}, {RuleIds.ScrutinyInPlace} and {RuleIds.ArrangementsUpdated} are not assessed: add 'documents' and 'scrutiny' to the records to judge them.");
        }

        return notes.ToImmutable();
    }
}
