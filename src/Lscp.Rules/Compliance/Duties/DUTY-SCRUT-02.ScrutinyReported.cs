using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-SCRUT-02: in each financial year (April to March) wholly within the assessed days, at least <c>reportsPerYear</c>
/// (1) reports of the independent scrutiny are published. Judged only when the records carry duty records at all.
/// </summary>
public sealed class ScrutinyReported : ComplianceRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.ScrutinyReported;

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        if (AssessedDays(context, needsDutyRecords: true) is not var (from, _))
        {
            yield break;
        }

        for (var start = MeetingSchedule.YearStartOf(from, 4); start.PlusYears(1).PlusDays(-1) <= context.AssessedUntil; start = start.PlusYears(1))
        {
            var end = start.PlusYears(1).PlusDays(-1);
            if (start < from)
            {
                continue;
            }

            var expected = (int)context.Rulebook.Number(Id, ParameterNames.ReportsPerYear, start);
            var published = context.Records.ScrutinyReports.Count(r => r.PublishedOn >= start && r.PublishedOn <= end);
            if (published < expected)
            {
                yield return Found(context, Severity.Breach, $"partnership:{context.Partnership.Id}", start, end,
                    $"{published} independent scrutiny report(s) were published from {start:uuuu-MM-dd} to {end:uuuu-MM-dd}; {expected} expected.",
                    new("published", $"{published}"), new("expected", $"{expected}"));
            }
        }
    }
}
