using Lscp.Rules.Compliance;
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
    internal static NumberParameter Days { get; } = ClockParameters.Days(7, "Calendar days allowed after publication.", maximum: 90);

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.YearlyReportSent,
        "The yearly report goes to the Panel and the What Works Centre within 7 days of publication",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 3, and 2023, chapter 2: the yearly report is sent to the Panel and the What Works Centre (Foundations) within 7 days of publication", Confidence.Likely),
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
