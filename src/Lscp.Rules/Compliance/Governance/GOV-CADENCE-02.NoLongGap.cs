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

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            var tolerance = (int)context.Rulebook.Number(Id, "toleranceDays", from);
            foreach (var body in arrangements.Bodies.Where(b => b.Cadence is not null && b.Period.Overlaps(new(from, to))))
            {
                var dates = context.Records.Meetings.Where(m => m.BodyId == body.Id && m.Date <= to).Select(m => m.Date).ToList();
                var previous = dates.LastOrDefault(d => d < from);
                var start = previous == default ? ComplianceContext.Max(from, body.Period.Start) : previous;
                var bodyEnd = body.Period.End is { } end && end < to ? end : to;
                foreach (var next in dates.Where(d => d >= from).Append(bodyEnd))
                {
                    var allowed = start.PlusMonths(body.Cadence!.IntervalMonths).PlusDays(tolerance);
                    if (next > allowed)
                    {
                        var days = Period.DaysBetween(start, next);
                        yield return Found(context, Severity.Warning, $"body:{body.Id}", start, next,
                            $"{body.Name} went {days} days without a meeting ({start:uuuu-MM-dd} to {next:uuuu-MM-dd}); meeting {body.Cadence.Description} allows {body.Cadence.IntervalMonths} months plus {tolerance} days.",
                            new("body", body.Id), new("gapDays", $"{days}"), new("toleranceDays", $"{tolerance}"));
                    }

                    start = next;
                }
            }
        }
    }
}
