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
        // Judged per run of days in which the body exists with one cadence, across versions of the arrangements: an interval
        // that spans a change of arrangements keeping the body and its cadence is judged against both, and says so.
        foreach (var run in context.CadenceRuns(Id))
        {
            var (body, from, to) = (run.Body, run.From, run.To);
            var cadence = body.Cadence!;
            var startMonth = context.Rulebook.YearStartMonth(Id, from);
            for (var yearStart = MeetingSchedule.YearStartOf(from, startMonth); yearStart <= to; yearStart = yearStart.PlusYears(1))
            {
                for (var i = 0; i < cadence.MeetingsPerYear; i++)
                {
                    var (windowStart, windowEnd) = MeetingSchedule.Window(cadence, yearStart, i);
                    if (windowStart < from || windowEnd > to || MetIn(context, body.Id, windowStart, windowEnd))
                    {
                        continue;
                    }

                    yield return FoundOn(body.BasisOf("cadence"), context, Severity.Breach, $"body:{body.Id}", windowStart, windowEnd,
                        $"{body.Name} did not meet between {windowStart:uuuu-MM-dd} and {windowEnd:uuuu-MM-dd}; it meets {cadence.Description}.{run.Spanning(windowStart, windowEnd)}",
                        new("body", body.Id), new("cadence", cadence.Description), new("interval", $"{i + 1} of {cadence.MeetingsPerYear}"));
                }
            }
        }
    }
}
