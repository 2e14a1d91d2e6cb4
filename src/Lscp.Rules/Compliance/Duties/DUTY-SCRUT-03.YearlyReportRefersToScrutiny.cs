using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-SCRUT-03: each yearly report published on an assessed day refers to the independent scrutiny of the year it
/// covers. A report whose record does not say (<see cref="Model.Records.YearlyReport.RefersToScrutiny"/> null) is not
/// judged; the report's duty measures count it as not recorded.
/// </summary>
internal sealed class YearlyReportRefersToScrutiny : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.YearlyReportRefersToScrutiny,
        "Each yearly report published refers to the independent scrutiny of its year",
        RuleArea.Governance,
        Sources.ScrutinyReports,
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        if (AssessedDays(context) is not var (from, to))
        {
            yield break;
        }

        foreach (var report in context.Records.YearlyReports)
        {
            if (report.RefersToScrutiny is false && report.PublishedOn is { } published && published >= from && published <= to)
            {
                yield return Found(context, Severity.Breach, Subject.YearlyReport(report.Label), published, published,
                    $"The yearly report {report.Label}, published {published:uuuu-MM-dd}, does not refer to the independent scrutiny of its year.",
                    new("report", report.Label), new("publishedOn", $"{published:uuuu-MM-dd}"));
            }
        }
    }
}
