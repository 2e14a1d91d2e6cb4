using System.Collections.Immutable;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-YEARLY-02: each published yearly report goes to both the Panel and the What Works Centre within <c>days</c> (7) calendar
/// days of publication; the clock is met on the later of the two sending dates.
/// </summary>
public sealed class YearlyReportSent : DeadlineRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.YearlyReportSent;

    /// <inheritdoc/>
    public override IEnumerable<Deadline> ForYearlyReports(ImmutableArray<YearlyReport> reports, DeadlineContext context)
    {
        foreach (var report in reports)
        {
            if (report.PublishedOn is not { } published)
            {
                continue;
            }

            var days = Whole(context, ParameterNames.Days, published);
            var due = published.PlusDays(days);
            var sent = report.SentToPanelOn is { } panel && report.SentToWhatWorksOn is { } whatWorks ? (panel > whatWorks ? panel : whatWorks) : (NodaTime.LocalDate?)null;
            yield return Make(context, $"yearly-report:{report.Label}", "publication", published, Counting.Days(days), Counting.DaysAfter,
                due, sent);
        }
    }
}
