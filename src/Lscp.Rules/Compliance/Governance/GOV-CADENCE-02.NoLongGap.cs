using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>
/// GOV-CADENCE-02: no gap between consecutive meetings of a body, or from its last meeting to the end of the assessed days, is
/// longer than its cadence interval plus <c>toleranceDays</c>. A gap is counted in days between the two dates.
/// </summary>
public sealed class NoLongGap : ComplianceRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.NoLongGap;

    private Finding? Gap(ComplianceContext context, Lscp.Model.Body body, Lscp.Model.MeetingCadence cadence, int tolerance, LocalDate start, LocalDate next)
    {
        if (next <= start.PlusMonths(cadence.IntervalMonths).PlusDays(tolerance))
        {
            return null;
        }

        var days = Period.DaysBetween(start, next);
        return FoundOn(body.BasisOf("cadence"), context, Severity.Warning, $"body:{body.Id}", start, next,
            $"{body.Name} went {days} days without a meeting ({start:uuuu-MM-dd} to {next:uuuu-MM-dd}); meeting {cadence.Description} allows {cadence.IntervalMonths} months plus {tolerance} days.",
            new("body", body.Id), new("gapDays", $"{days}"), new("toleranceDays", $"{tolerance}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            var tolerance = (int)context.Rulebook.Number(Id, "toleranceDays", from);
            foreach (var body in arrangements.Bodies.Where(b => b.Cadence is not null && b.Period.Overlaps(new(from, to))))
            {
                // Walk the body's meetings in date order (the records keep them sorted), from the last one before the period.
                var start = ComplianceContext.Max(from, body.Period.Start);
                var bodyEnd = body.Period.End is { } end && end < to ? end : to;
                var cadence = body.Cadence!;
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

                    if (Gap(context, body, cadence, tolerance, start, meeting.Date) is { } finding)
                    {
                        yield return finding;
                    }

                    start = meeting.Date;
                }

                if (Gap(context, body, cadence, tolerance, start, bodyEnd) is { } last)
                {
                    yield return last;
                }
            }
        }
    }
}
