using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>
/// GOV-CADENCE-01: each body with a cadence meets at least once in every cadence interval (counted from the year start the
/// <c>yearStarts</c> parameter names) that lies wholly within the assessed days and the body's own period.
/// </summary>
public sealed class MeetsEachInterval : ComplianceRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.MeetsEachInterval;

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            var startMonth = context.Rulebook.Choice(Id, "yearStarts", from) == "january" ? 1 : 4;
            foreach (var body in arrangements.Bodies.Where(b => b.Cadence is not null))
            {
                for (var yearStart = MeetingSchedule.YearStartOf(from, startMonth); yearStart <= to; yearStart = yearStart.PlusYears(1))
                {
                    foreach (var expected in MeetingSchedule.ForYear(body, yearStart, context.Calendar))
                    {
                        if (expected.WindowStart < from || expected.WindowEnd > to
                            || context.Records.Meetings.Any(m => m.BodyId == body.Id && m.Date >= expected.WindowStart && m.Date <= expected.WindowEnd))
                        {
                            continue;
                        }

                        yield return Found(context, Severity.Breach, $"body:{body.Id}", expected.WindowStart, expected.WindowEnd,
                            $"{body.Name} did not meet between {expected.WindowStart:uuuu-MM-dd} and {expected.WindowEnd:uuuu-MM-dd}; it meets {body.Cadence!.Description}.",
                            new("body", body.Id), new("cadence", body.Cadence.Description), new("interval", $"{expected.Number} of {body.Cadence.MeetingsPerYear}"));
                    }
                }
            }
        }
    }
}
