using Lscp.Rules.Compliance;
using System.Collections.Immutable;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-YEARLY-01: each yearly report is published within <c>months</c> (12) calendar months of the one before; after the latest
/// published report the next one's clock runs. The first report on record has no clock (there is nothing to count from).
/// </summary>
internal sealed class YearlyReportPublished : DeadlineRule
{
    /// <summary>Calendar months allowed between one yearly report's publication and the next.</summary>
    internal static NumberParameter Months { get; } = ClockParameters.Months(12, "Calendar months allowed between one yearly report's publication and the next.", maximum: 24);

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.YearlyReportPublished,
        "The yearly report is published at least once in every 12 months",
        RuleArea.Timescale,
        new("Children Act 2004 s16G: the partners publish a report at least once in every 12 months (partnerships report on the financial year)", Confidence.Confirmed),
        new(Sources.PartnersInForce),
        [Months.Parameter]);

    /// <inheritdoc/>
    public override IEnumerable<Deadline> ForYearlyReports(ImmutableArray<YearlyReport> reports, DeadlineContext context)
    {
        var published = reports.Where(r => r.PublishedOn is not null).OrderBy(r => r.PublishedOn).ToList();
        for (var i = 0; i < published.Count; i++)
        {
            var previous = published[i].PublishedOn!.Value;
            var months = Whole(context, Months, previous);
            var due = previous.PlusMonths(months);
            var next = i + 1 < published.Count ? published[i + 1] : null;
            var subject = Subject.YearlyReport(next?.Label);
            yield return Make(context, subject, "the previous yearly report's publication", previous, Counting.Months(months), Counting.MonthsAfter,
                due, next?.PublishedOn);
        }
    }
}
