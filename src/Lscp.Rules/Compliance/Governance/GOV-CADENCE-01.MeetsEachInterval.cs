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

    private static bool MetIn(ComplianceContext context, string bodyId, NodaTime.LocalDate start, NodaTime.LocalDate end)
    {
        foreach (var meeting in context.MeetingsByDate)
        {
            if (meeting.BodyId == bodyId && meeting.Date >= start && meeting.Date <= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            var startMonth = context.Rulebook.Choice(Id, "yearStarts", from) == "january" ? 1 : 4;
            foreach (var body in arrangements.Bodies)
            {
                if (body.Cadence is not { } cadence)
                {
                    continue;
                }

                for (var yearStart = MeetingSchedule.YearStartOf(from, startMonth); yearStart <= to; yearStart = yearStart.PlusYears(1))
                {
                    for (var i = 0; i < cadence.MeetingsPerYear; i++)
                    {
                        var (windowStart, windowEnd) = MeetingSchedule.Window(cadence, yearStart, i);
                        if (windowStart < from || windowEnd > to || !body.Period.Contains(windowStart) || !body.Period.Contains(windowEnd) || MetIn(context, body.Id, windowStart, windowEnd))
                        {
                            continue;
                        }

                        yield return FoundOn(body.BasisOf("cadence"), context, Severity.Breach, $"body:{body.Id}", windowStart, windowEnd,
                            $"{body.Name} did not meet between {windowStart:uuuu-MM-dd} and {windowEnd:uuuu-MM-dd}; it meets {cadence.Description}.",
                            new("body", body.Id), new("cadence", cadence.Description), new("interval", $"{i + 1} of {cadence.MeetingsPerYear}"));
                    }
                }
            }
        }
    }
}
