using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;
using NodaTime;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-DOC-01: the key documents are current. On every assessed day published arrangements exist (one published on or
/// before that day); from the partnership's Working Together 2023 arrangements (1 January 2025 at the latest), so does a
/// published threshold document, and each financial year wholly assessed then has a shared budget published in it or
/// before it began (the 2023 edition names those documents; no such words of the 2018 edition were found). Judged only
/// when the records carry duty records at all.
/// </summary>
internal sealed class KeyDocumentsInPlace : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.KeyDocumentsInPlace,
        "The published arrangements and the threshold document are in place on every day, and each financial year has a published shared budget",
        RuleArea.Governance,
        new("The safeguarding partners publish their arrangements: local areas had up to 12 months from 29 June 2018 to publish them (by 29 June 2019) and a further three months to implement them (by 29 September 2019), as the Department's innovation programme site and the trade press state it (the transitional guidance's own words not seen); Working Together to Safeguard Children 2023, chapter 2, as a partnership reproduces it, names the shared annual budget and the local threshold document among the key documents", Confidence.Likely)
        {
            Quotes =
            [
                new("The law underpinning the new safeguarding arrangements came into effect on 29 June 2018. Local areas in England had up to 12 months from this date to develop and publish their arrangements.",
                    "Children's Social Care Innovation Programme website (the Department for Education's programme), 'Multi-Agency Safeguarding Reform'",
                    "https://innovationcsc.co.uk/multi-agency-safeguarding-reform/"),
                new("Details of new local arrangements must be published by the three safeguarding partners no later than 29 June 2019, and be in place no later than 29 September 2019.",
                    "Nursery World, 'Guide to: Working Together Guidance' (on Working Together 2018)",
                    "https://www.nurseryworld.co.uk/features/article/guide-to-working-together-guidance"),
                Sources.SignOff2023,
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

        // The arrangements from the day they had to be published (29 June 2019), not from the duty's start a year before;
        // the threshold document and the budget from the 2023 edition's start here.
        var fromPublished = LocalDate.Max(from, Sources.ArrangementsPublishedBy);
        var from2023 = LocalDate.Max(from, context.WorkingTogether2023From);
        foreach (var (kind, name, start) in new[] { (KeyDocumentKind.Arrangements, "arrangements document", fromPublished), (KeyDocumentKind.Thresholds, "threshold document", from2023) })
        {
            var published = context.Records.Documents.Where(d => d.Kind == kind && d.PublishedOn is not null).Select(d => new EffectivePeriod(d.PublishedOn!.Value));
            foreach (var (gapFrom, gapTo) in start > to ? [] : Uncovered(start, to, published))
            {
                yield return Found(context, Severity.Breach, Subject.Partnership(context.Partnership.Id), gapFrom, gapTo,
                    $"No {name} is recorded as published on or before {gapFrom:uuuu-MM-dd}, so none was in place for {Days(gapFrom, gapTo)}.",
                    new("document", name), new("uncovered", Days(gapFrom, gapTo)));
            }
        }

        for (var start = MeetingSchedule.YearStartOf(from2023, 4); start.PlusYears(1).PlusDays(-1) <= to; start = start.PlusYears(1))
        {
            var end = start.PlusYears(1).PlusDays(-1);
            if (start >= from2023 && !context.Records.Documents.Any(d => d.Kind == KeyDocumentKind.Budget && d.PublishedOn is { } on && on <= end && on >= start.PlusYears(-1)))
            {
                yield return Found(context, Severity.Breach, Subject.Partnership(context.Partnership.Id), start, end,
                    $"No shared budget is recorded for the financial year {start:uuuu-MM-dd} to {end:uuuu-MM-dd} (published in it, or in the year before it began).",
                    new("document", "shared budget"), new("year", $"{start:uuuu-MM-dd} to {end:uuuu-MM-dd}"));
            }
        }
    }

    /// <summary>
    /// With duty records: an arrangements or threshold document not yet published when it should be in place (overdue from
    /// the day it was needed), and each financial year's shared budget not yet recorded, for the year in progress and any
    /// year ending within the horizon (due by the year's last day).
    /// </summary>
    public override IEnumerable<Obligation> Due(ComplianceContext context, LocalDate until)
    {
        if (AssessedDays(context, needsDutyRecords: true) is not var (from, asOf))
        {
            yield break;
        }

        var fromPublished = LocalDate.Max(from, Sources.ArrangementsPublishedBy);
        var from2023 = LocalDate.Max(from, context.WorkingTogether2023From);
        foreach (var (kind, word, name, start) in new[] { (KeyDocumentKind.Arrangements, "arrangements", "arrangements document", fromPublished), (KeyDocumentKind.Thresholds, "thresholds", "threshold document", from2023) })
        {
            if (start <= asOf && !context.Records.Documents.Any(d => d.Kind == kind && d.PublishedOn is { } on && on <= asOf))
            {
                yield return Owed([], Subject.Document(word, name), $"No {name} is recorded as published, though one was needed from {start:uuuu-MM-dd}: publish it, signed off by the three Lead Safeguarding Partners.",
                    start, overdue: true, new("document", name), new("neededFrom", $"{start:uuuu-MM-dd}"));
            }
        }

        for (var year = MeetingSchedule.YearStartOf(asOf, 4); year <= until; year = year.PlusYears(1))
        {
            var end = year.PlusYears(1).PlusDays(-1);
            if (year < from2023 || (year > asOf && end > until)
                || context.Records.Documents.Any(d => d.Kind == KeyDocumentKind.Budget && d.PublishedOn is { } on && on <= asOf && on >= year.PlusYears(-1) && on <= end))
            {
                continue;
            }

            var label = $"Shared budget {year:uuuu}-{end:yy}";
            yield return Owed([], Subject.Document("budget", label), $"No shared budget is recorded for the financial year {year:uuuu-MM-dd} to {end:uuuu-MM-dd}: publish it by {end:uuuu-MM-dd} (in that year or the year before it).",
                end, overdue: false, new("document", "shared budget"), new("year", $"{year:uuuu-MM-dd} to {end:uuuu-MM-dd}"));
        }
    }
}
