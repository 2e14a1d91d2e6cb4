using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>DUTY-SCRUT-01: independent scrutiny (any local model) is in place on every assessed day; each run of days without it is one breach.</summary>
internal sealed class ScrutinyInPlace : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ScrutinyInPlace,
        "Independent scrutiny is in place on every day",
        RuleArea.Governance,
        new("The Children Act 2004 (as inserted by the Children and Social Work Act 2017), as partnerships state it: the arrangements must include independent scrutiny of their effectiveness (the Act's section and words not seen in the stored copies); Working Together 2018, chapter 3 (as the Vulnerability Knowledge and Practice Programme quotes it), and 2023, chapter 2 (as a partnership lists the scrutineer's roles), describe it; local models vary", Confidence.Likely)
        {
            Quotes =
            [
                new("The legislation stipulates that arrangements must include scrutiny of effectiveness.",
                    "Gloucestershire Safeguarding Children Partnership, 'Independent Scrutiny Function' (April 2021)",
                    "https://www.readkong.com/page/gscp-independent-scrutiny-function-procedures-online-8431782"),
                new("Working Together (2018) requires Local Safeguarding Children’s Partners to choose how scrutiny is undertaken",
                    "Vulnerability Knowledge and Practice Programme, 'Independent scrutiny and local safeguarding children partnership arrangements' (August 2022)",
                    "https://www.vkpp.org.uk/publications/publications-and-reports/reports/independent-scrutiny-and-local-safeguarding-children-partnership-arrangements-august-2022/"),
                new("Each Safeguarding Partnership must have independent scrutiny.",
                    "Sussex Child Protection and Safeguarding Procedures, 2.1 'Safeguarding Children Partnership', 2.1.6 (version last reviewed February 2023)",
                    "https://sussexchildprotection.procedures.org.uk/pkysqs"),
                new("Provide safeguarding partners and relevant agencies with independent, rigorous, and effective support and challenge at both a strategic and operational level.",
                    "Halton Safeguarding Children Partnership, 'Independent scrutiny', listing the scrutineer's roles in Working Together 2023",
                    "https://haltonsafeguardingchildrenpartnership.org.uk/about-us/independent-scrutiny"),
            ],
        },
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        if (AssessedDays(context, needsDutyRecords: true) is not var (from, to))
        {
            yield break;
        }

        foreach (var (gapFrom, gapTo) in Uncovered(from, to, context.Records.Scrutiny.Select(s => s.During)))
        {
            yield return Found(context, Severity.Breach, Subject.Partnership(context.Partnership.Id), gapFrom, gapTo,
                $"No independent scrutiny is recorded for {Days(gapFrom, gapTo)}; the arrangements must include it on every day.",
                new("uncovered", Days(gapFrom, gapTo)), new("scrutinyRecords", $"{context.Records.Scrutiny.Length}"));
        }
    }

    /// <summary>
    /// The first day from the last assessed day to <paramref name="until"/> with no independent scrutiny recorded: overdue
    /// when scrutiny has already lapsed, else the day the next arrangement must be in place by. None without duty records.
    /// </summary>
    public override IEnumerable<Obligation> Due(ComplianceContext context, NodaTime.LocalDate until)
    {
        if (AssessedDays(context, needsDutyRecords: true) is not var (from, to))
        {
            yield break;
        }

        foreach (var (gapFrom, gapTo) in Uncovered(from, until, context.Records.Scrutiny.Select(s => s.During)))
        {
            if (gapTo < to)
            {
                continue;
            }

            var overdue = gapFrom <= to;
            yield return Owed([], Subject.Partnership(context.Partnership.Id),
                overdue
                    ? $"Independent scrutiny is not recorded from {gapFrom:uuuu-MM-dd}: put it in place (and record it) now."
                    : $"Independent scrutiny is recorded to {gapFrom.PlusDays(-1):uuuu-MM-dd}: the next must be in place on {gapFrom:uuuu-MM-dd}.",
                gapFrom, overdue, new("uncoveredFrom", $"{gapFrom:uuuu-MM-dd}"), new("scrutinyRecords", $"{context.Records.Scrutiny.Length}"));
            yield break;
        }
    }
}
