using System.Collections.Immutable;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-YEARLY-02: each published yearly report goes to both the Panel and the What Works Centre within <c>days</c> (7) calendar
/// days of publication; the clock is met on the later of the two sending dates.
/// </summary>
internal sealed class YearlyReportSent : DeadlineRule
{
    /// <summary>Calendar days allowed after publication.</summary>
    internal static NumberParameter Days { get; } = ClockParameters.Days(7, "Calendar days allowed after publication.", maximum: 90,
        assumed: "No public text giving the number of days was found; 7 days is this library's assumption.");

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.YearlyReportSent,
        "The yearly report goes to the Panel and the What Works Centre within {days} days of publication",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 3, and 2023, chapter 2, are said to ask for the yearly report to go to the Panel and the What Works Centre (now Foundations) soon after publication; no public text giving the number of days was found in the stored copies, so the 7 days is this library's assumption, to confirm. That What Works for Children's Social Care analysed a sample of the yearly reports for the Panel is public", Confidence.LocalPractice)
        {
            Quotes = [new("This analysis was carried out for the Child Safeguarding Practice Review Panel (‘the Panel’), and builds on last year’s report on the extent to which safeguarding partners’ annual reports met the requirements set out in Working Together to Safeguard Children 2018 …",
                "What Works for Children's Social Care, 'Safeguarding Partners’ Annual Reports Analysis 2020-21'",
                "https://whatworks-csc.org.uk/research-report/safeguarding-partners-annual-reports-analysis-2020-21/")],
        },
        new(Sources.PartnersInForce),
        [Days.Parameter]);

    /// <inheritdoc/>
    public override IEnumerable<Deadline> ForYearlyReports(ImmutableArray<YearlyReport> reports, DeadlineContext context)
    {
        foreach (var report in reports)
        {
            if (report.PublishedOn is not { } published)
            {
                continue;
            }

            var days = Whole(context, Days, published);
            var due = published.PlusDays(days);
            var sent = report.SentToPanelOn is { } panel && report.SentToWhatWorksOn is { } whatWorks ? (panel > whatWorks ? panel : whatWorks) : (NodaTime.LocalDate?)null;
            yield return Make(context, Subject.YearlyReport(report.Label), "publication", published, Counting.Days(days), Counting.DaysAfter,
                due, sent);
        }
    }
}
