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
        "The yearly report is published at least once in every {months} months",
        RuleArea.Timescale,
        new("The Children Act 2004 as inserted by the Children and Social Work Act 2017 (its section and words not seen in the stored copies) and Working Together to Safeguard Children 2018, chapter 3, as a council's Cabinet report quotes it: the safeguarding partners publish a report at least once in every 12 months on what they have done as a result of the arrangements and how effective they have been; a partnership states the 12-month period under the heading of the Children and Social Work Act 2017 (partnerships report on the financial year)", Confidence.Likely)
        {
            Quotes =
            [
                new("Working Together 2018 stated that partnerships must produce an annual report “at least once in every 12 months period.” The report must set out what they have done as a result of the arrangements, including on child safeguarding practice reviews, and how effective these arrangements have been in practice.",
                    "Buckinghamshire Council, Cabinet decision and minutes on the Buckinghamshire Safeguarding Children Partnership Annual Report 2022-23, quoting Working Together 2018",
                    "https://buckinghamshire.moderngov.co.uk/mgAi.aspx?ID=21205"),
                new("Safeguarding partners must jointly report on the activity they have undertaken in a 12-month period.",
                    "Cambridgeshire and Peterborough Safeguarding Children Partnership, 'Annual reports' (listed under 'Children and Social Work Act 2017'; the page does not name Working Together)",
                    "https://safeguardingcambspeterborough.org.uk/home/about-the-partnership-board/annual-reports"),
            ],
        },
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
