using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-CONTENT-01: each arrangements document published in the assessed days, and the one in force when they begin, covers
/// every item of the list of the edition it follows (<see cref="KeyDocument.ArrangementsContentsOf"/>; the 2018 list when
/// its edition is not recorded); the finding lists each item missing. A document whose contents are not recorded is not judged.
/// </summary>
internal sealed class ArrangementsContents : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ArrangementsContents,
        "The published arrangements cover every item the edition they follow asks for",
        RuleArea.Governance,
        new("Working Together to Safeguard Children 2018, chapter 3 (pages 78 and 79), as a law firm lists what the published arrangements must cover (independent scrutiny and education settings among them); and 2023, chapter 2, as a partnership reproduces it (each Delegated Safeguarding Partner named in the arrangements). The 2023 list's partnership chair and education items are this library's reading of the Department for Education's summary of changes (a chair role introduced, education's role emphasised); neither edition's own list seen verbatim", Confidence.Likely)
        {
            Quotes =
            [
                new("at pages 78/79 the publication requirements include: Details of the partners … Geographical boundaries; How the partners will work together; Arrangements for commissioning and publishing local child safeguarding practice reviews; Arrangements for independent scrutiny of the effectiveness of the arrangements; Which of the \"relevant agencies\" … the partners will work with, why these agencies are being chosen …; How all early years settings, schools and other educational establishments will be included in the arrangements …; How youth custody and residential homes for children will be included; How the partners will use data and intelligence to assess the effectiveness of the help being provided to children and families, including early help; How interagency training will be commissioned, delivered and monitored …",
                    "Bevan Brittan, 'Safeguarding partners: are you ready for 29 June 2019?', on Working Together to Safeguard Children 2018",
                    "https://www.bevanbrittan.com/insights/articles/2019/safeguarding-partners-are-you-ready-for-29-june-2019/"),
                new("Changes include: clarifying the roles and responsibilities of safeguarding partners, distinguishing between Lead Safeguarding Partners (LSPs) and Delegated Safeguarding Partners (DSPs), introducing a partnership chair role, emphasising the role of education in safeguarding arrangements and “strengthening accountability by clarifying expectations for information-sharing, independent scrutiny, funding, and reporting”.",
                    "Local Government Lawyer, 'Government issues changes to Working Together guidance' (December 2023), reporting the Department for Education's summary of changes to chapter 2",
                    "https://localgovernmentlawyer.co.uk/child-protection/392-children-protection-news/55973-government-issues-changes-to-working-together-guidance"),
                Sources.DelegatedPartners2023,
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

        var arrangements = context.Records.Documents.Where(d => d.Kind == KeyDocumentKind.Arrangements && d.PublishedOn is not null).OrderBy(d => d.PublishedOn).ToList();
        var inForce = arrangements.LastOrDefault(d => d.PublishedOn < from);
        foreach (var document in arrangements.Where(d => d == inForce || (d.PublishedOn >= from && d.PublishedOn <= to)))
        {
            if (document.Contents is not { } contents)
            {
                continue;
            }

            var expected = KeyDocument.ArrangementsContentsOf(document.Edition);
            var missing = expected.Where(item => !contents.Contains(item)).ToList();
            if (missing.Count > 0)
            {
                var on = document.PublishedOn!.Value < from ? from : document.PublishedOn!.Value;
                yield return Found(context, Severity.Warning, Subject.Document("arrangements", document.Title), on, on,
                    $"{document.Title} does not cover what Working Together {(document.Edition == GuidanceEdition.WorkingTogether2023 ? "2023" : "2018")} asks of published arrangements: {string.Join(", ", missing)}{(document.Edition is null ? " (its edition is not recorded, so it is held to the 2018 list)" : string.Empty)}.",
                    new("document", document.Title), new("edition", document.Edition == GuidanceEdition.WorkingTogether2023 ? "workingTogether2023" : "workingTogether2018"), new("missing", string.Join(", ", missing)), new("covered", string.Join(", ", contents)));
            }
        }
    }
}
