using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-REPORT-01: each yearly report published on an assessed day covers the items its edition asks for
/// (<see cref="YearlyReport.ContentsOf"/>): a breach for a missing item both editions say it must cover (what was done,
/// including on case reviews, and how effective the arrangements were), a warning for any other. A report whose contents
/// are not recorded is not judged; one whose edition is not recorded is held to the edition the partnership's arrangements
/// followed when it was published, an inference the finding lists to confirm.
/// </summary>
internal sealed class YearlyReportContents : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.YearlyReportContents,
        "Each yearly report covers what the edition it follows asks for, including what was done on case reviews",
        RuleArea.Governance,
        new("Working Together to Safeguard Children 2018, as a council's Cabinet record of the item states it (what the report must set out, and the four items it should include); and, for 2023, words a partnership gives without naming their source (under 'Children and Social Work Act 2017'), taken here as Working Together 2023's because they differ from 2018's (what the report must include, and its focus on priorities, learning, impact, evidence and improvement). Neither edition's own words, chapter or paragraph seen (chapters 3 and 2 are this library's attribution); the 2023 list beyond the items it must cover is this library's reading of that focus and of the Lead Safeguarding Partners' duty to set out the impact of review recommendations in the yearly report", Confidence.Likely)
        {
            Quotes =
            [
                new("The report must set out what they have done as a result of the arrangements, including on child safeguarding practice reviews, and how effective these arrangements have been in practice. WT18 also stated that the report should include: 1. evidence of the impact of the work of the safeguarding partners and relevant agencies, including training, on outcomes for children and families from early help to looked-after children and care leavers. 2. an analysis of any areas where there has been little or no evidence of progress on agreed priorities. … 4. ways in which the partners have sought and utilised feedback from children and families to inform their work and influence service provision.",
                    "Buckinghamshire Council, Cabinet record of the decision on the Buckinghamshire Safeguarding Children Partnership Annual Report 2022-23, stating Working Together 2018 in its own words (only '12 months period' is in quotation marks there)",
                    "https://buckinghamshire.moderngov.co.uk/mgAi.aspx?ID=21205"),
                Sources.ReviewActions2018,
                new("The focus of these reports should be on multi-agency priorities, learning, impact, evidence, and improvement. Reports must include: what partnerships have done as a result of the arrangements, including on child safeguarding practice reviews … how effective these arrangements have been in practice",
                    "Cambridgeshire and Peterborough Safeguarding Children Partnership, 'Annual reports' (the page does not name the edition; its words are not those of 2018)",
                    "https://safeguardingcambspeterborough.org.uk/home/about-the-partnership-board/annual-reports"),
                Sources.LearningImplemented2023,
            ],
        },
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
            if (report.Contents is not { } contents || report.PublishedOn is not { } published || published < from || published > to)
            {
                continue;
            }

            var edition = report.Edition ?? (published >= context.WorkingTogether2023From ? GuidanceEdition.WorkingTogether2023 : GuidanceEdition.WorkingTogether2018);
            var word = edition == GuidanceEdition.WorkingTogether2023 ? "2023" : "2018";
            var basis = report.Edition is null
                ? new FactBasis($"yearly report {report.Label}: edition", Provenance.Inferred, $"its edition is not recorded; the partnership's arrangements followed Working Together {word} when it was published ({published:uuuu-MM-dd})")
                : null;
            var expected = YearlyReport.ContentsOf(edition);
            var mustMissing = expected.Where(item => YearlyReport.RequiredContents.Contains(item) && !contents.Contains(item)).ToList();
            var shouldMissing = expected.Where(item => !YearlyReport.RequiredContents.Contains(item) && !contents.Contains(item)).ToList();
            // The 2023 items beyond the must-cover three are the library's reading of the reports' stated focus, and say so.
            var should = edition == GuidanceEdition.WorkingTogether2023
                ? "what this library reads Working Together 2023 as asking (its focus on priorities, learning, impact, and the impact of review recommendations)"
                : "what Working Together 2018 says it should";
            foreach (var (missing, severity, what) in new[] { (mustMissing, Severity.Breach, $"what Working Together {word} says it must"), (shouldMissing, Severity.Warning, should) })
            {
                if (missing.Count > 0)
                {
                    yield return FoundOn(basis, context, severity, Subject.YearlyReport(report.Label), published, published,
                        $"The yearly report {report.Label} does not cover {what}: {string.Join(", ", missing)}.",
                        new("report", report.Label), new("edition", edition == GuidanceEdition.WorkingTogether2023 ? "workingTogether2023" : "workingTogether2018"), new("missing", string.Join(", ", missing)), new("covered", string.Join(", ", contents)));
                }
            }
        }
    }
}
