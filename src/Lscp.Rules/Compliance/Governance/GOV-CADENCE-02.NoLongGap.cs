using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>
/// GOV-CADENCE-02: no gap between consecutive meetings of a body, or from its last meeting to the end of the assessed days, is
/// longer than its cadence interval plus <c>toleranceDays</c>. A gap is counted in days between the two dates.
/// </summary>
internal sealed class NoLongGap : ComplianceRule
{
    /// <summary>Days a gap may exceed the cadence interval.</summary>
    internal static NumberParameter ToleranceDays { get; } =
        new("toleranceDays", "Days a gap may exceed the cadence interval before it is reported.", 14, minimum: 0, maximum: 366,
            assumed: "No public text sets how long a gap between meetings may run past the cadence; 14 days is this library's default.");

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.NoLongGap,
        "No gap between a body's meetings is longer than its cadence interval plus {toleranceDays} days",
        RuleArea.Governance,
        Sources.Arrangements,
        new(Sources.PartnersInForce),
        [ToleranceDays.Parameter]);

    private Finding? Gap(ComplianceContext context, CadenceRun run, int tolerance, LocalDate start, LocalDate next)
    {
        var (body, cadence) = (run.Body, run.Body.Cadence!);
        if (next <= start.PlusMonths(cadence.IntervalMonths).PlusDays(tolerance))
        {
            return null;
        }

        var days = Period.DaysBetween(start, next);
        return FoundOn([BasisOf(body, "cadence"), BasisOf(body, "period"), context.Rulebook.Unconfirmed(Id, ToleranceDays.Name, start)], context, Severity.Warning, Subject.Body(body.Id), start, next,
            $"{body.Name} went {days} days without a meeting ({start:uuuu-MM-dd} to {next:uuuu-MM-dd}); meeting {cadence.Description} allows {cadence.IntervalMonths} months plus {tolerance} days.{run.Spanning(start, next)}",
            new("body", body.Id), new("gapDays", $"{days}"), new("toleranceDays", $"{tolerance}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        // Judged per run of days in which the body exists with one cadence, across versions: a change of arrangements that
        // keeps the body and its cadence does not cut a gap in two.
        foreach (var run in context.CadenceRuns(Id))
        {
            var (body, from, to) = (run.Body, run.From, run.To);
            var tolerance = (int)context.Rulebook.Number(Id, ToleranceDays, from);
            // Walk the body's meetings in date order (the records keep them sorted), from the last one before the run.
            var start = from;
            var bodyEnd = to;
            foreach (var meeting in context.MeetingsByDate)
            {
                if (meeting.BodyId != body.Id || meeting.Date > to)
                {
                    continue;
                }

                if (meeting.Date < from)
                {
                    start = meeting.Date;
                    continue;
                }

                if (Gap(context, run, tolerance, start, meeting.Date) is { } finding)
                {
                    yield return finding;
                }

                start = meeting.Date;
            }

            if (Gap(context, run, tolerance, start, bodyEnd) is { } last)
            {
                yield return last;
            }
        }
    }

    /// <summary>
    /// For each body that exists on the last assessed day, the latest day it can next meet without a gap longer than its
    /// cadence interval plus the tolerance, counted from its last meeting on or before that day (or from when it began to
    /// exist with this cadence): overdue when that day has passed.
    /// </summary>
    public override IEnumerable<Obligation> Due(ComplianceContext context, LocalDate until)
    {
        var asOf = context.AssessedUntil;
        foreach (var run in context.CadenceRuns(Id))
        {
            if (run.To < asOf)
            {
                continue;
            }

            var (body, cadence) = (run.Body, run.Body.Cadence!);
            var start = run.From;
            var met = false;
            foreach (var meeting in context.MeetingsByDate)
            {
                if (meeting.BodyId == body.Id && meeting.Date <= asOf && meeting.Date >= start)
                {
                    (start, met) = (meeting.Date, true);
                }
            }

            var tolerance = (int)context.Rulebook.Number(Id, ToleranceDays, start);
            var latest = start.PlusMonths(cadence.IntervalMonths).PlusDays(tolerance);
            if (latest > until || (body.Period.End is { } end && end < latest))
            {
                continue;
            }

            var since = met ? $"it last met on {start:uuuu-MM-dd}" : $"it has not met since {start:uuuu-MM-dd}";
            var overdue = latest < asOf;
            var quorum = QuorumNeeds(context.Partnership.ArrangementsOn(asOf), body);
            var remedy = overdue ? " Meet as soon as possible to end the gap" : string.Empty;
            yield return Owed([BasisOf(body, "cadence"), BasisOf(body, "period"), context.Rulebook.Unconfirmed(Id, ToleranceDays.Name, start), quorum is null ? null : BasisOf(body, "quorum")], Subject.Body(body.Id),
                $"{body.Name} meets by {latest:uuuu-MM-dd}: {since}, and meeting {cadence.Description} allows {cadence.IntervalMonths} months plus {tolerance} days.{remedy}{(quorum is null ? (overdue ? "." : string.Empty) : $"{(overdue ? "; to" : " To")} be quorate: {quorum}.")}", latest, overdue,
                new("body", body.Id), new("lastMet", met ? $"{start:uuuu-MM-dd}" : "none recorded"), new("toleranceDays", $"{tolerance}"), new("quorum", quorum ?? "no quorum rule published"));
        }
    }
}
