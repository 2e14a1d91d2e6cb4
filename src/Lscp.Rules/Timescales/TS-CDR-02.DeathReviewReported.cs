using Lscp.Rules.Compliance;
using System.Collections.Immutable;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-CDR-02: the child death overview panel publishes a yearly report within <c>months</c> (12) of the last; after the
/// latest, the next one's clock runs. The first report on record has no clock (there is nothing to count from).
/// </summary>
internal sealed class DeathReviewReported : DeadlineRule
{
    /// <summary>Calendar months allowed between one panel report and the next.</summary>
    internal static NumberParameter Months { get; } = ClockParameters.Months(12, "Calendar months allowed between one panel report and the next.", maximum: 24);

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DeathReviewReported,
        "The child death overview panel publishes a yearly report within 12 months of the last",
        RuleArea.Timescale,
        new("Child Death Review Statutory and Operational Guidance 2018: the child death overview panel reports yearly to the child death review partners", Confidence.Likely),
        new(Sources.CdrInPlace),
        [Months.Parameter]);

    /// <inheritdoc/>
    public override IEnumerable<Deadline> ForDeathReviewReports(ImmutableArray<LocalDate> published, DeadlineContext context)
    {
        for (var i = 0; i < published.Length; i++)
        {
            var previous = published[i];
            var months = Whole(context, Months, previous);
            LocalDate? next = i + 1 < published.Length ? published[i + 1] : null;
            var subject = Subject.DeathReviewReport(next);
            yield return Make(context, subject, "the previous panel report's publication", previous, Counting.Months(months), Counting.MonthsAfter,
                previous.PlusMonths(months), next);
        }
    }
}
