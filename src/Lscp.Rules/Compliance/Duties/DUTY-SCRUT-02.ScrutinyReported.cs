using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-SCRUT-02: in each financial year (April to March) wholly within the assessed days, at least <c>reportsPerYear</c>
/// (1) reports of the independent scrutiny are published. Judged only when the records carry duty records at all.
/// </summary>
internal sealed class ScrutinyReported : ComplianceRule
{
    /// <summary>Independent scrutiny reports expected in each financial year.</summary>
    internal static NumberParameter ReportsPerYear { get; } =
        new("reportsPerYear", "Scrutiny reports expected in each financial year (April to March).", 1, minimum: 1, maximum: 12,
            assumed: "No public text sets how often the independent scrutiny reports; one a year is this library's default.");

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ScrutinyReported,
        "The independent scrutiny reports at least {reportsPerYear} time(s) in every financial year",
        RuleArea.Governance,
        Sources.ScrutinyReports,
        new(Sources.PartnersInForce),
        [ReportsPerYear.Parameter]);

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

            var expected = (int)context.Rulebook.Number(Id, ReportsPerYear, start);
            var published = context.Records.ScrutinyReports.Count(r => r.PublishedOn >= start && r.PublishedOn <= end);
            if (published < expected)
            {
                yield return FoundOn(context.Rulebook.Unconfirmed(Id, ReportsPerYear.Name, start), context, Severity.Breach, Subject.Partnership(context.Partnership.Id), start, end,
                    $"{published} independent scrutiny report(s) were published from {start:uuuu-MM-dd} to {end:uuuu-MM-dd}; {expected} expected.",
                    new("published", $"{published}"), new("expected", $"{expected}"));
            }
        }
    }
}
