using System.Collections.Immutable;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-CDR-02: the child death review partners publish their report within <c>months</c> of the last, when the partnership
/// has set that interval: the Act leaves it to them ("at such intervals as they consider appropriate"), so no interval is a
/// statutory clock and the rule is off until the partnership sets its own. After the latest report, the next one's clock
/// runs. The first report on record has no clock (there is nothing to count from).
/// </summary>
internal sealed class DeathReviewReported : DeadlineRule
{
    /// <summary>Calendar months allowed between one panel report and the next.</summary>
    internal static NumberParameter Months { get; } = ClockParameters.Months(null, "Calendar months the partnership allows itself between one child death review report and the next. Not set by default: the Act leaves the interval to the partners, so the rule is off until the partnership sets one.", maximum: 24);

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DeathReviewReported,
        "The child death review report is published within {months} months of the last (the partnership's own interval; off until set)",
        RuleArea.Timescale,
        new("Children Act 2004, s16M(6): the child death review partners publish a report on what they have done and how effective the arrangements have been, at such intervals as they consider appropriate; a fixed interval is the partnership's own setting, not a statutory clock", Confidence.LocalPractice)
        {
            Quotes = [new("The child death review partners for a local authority area in England must, at such intervals as they consider appropriate, prepare and publish a report on— (a) what they have done as a result of the arrangements under this section, and (b) how effective the arrangements have been in practice.",
                "Children Act 2004, section 16M(6) (inserted by the Children and Social Work Act 2017, s24; in force 29 June 2018)",
                "https://legislation.gov.uk/en/ukpga/2004/31/part/2/crossheading/child-death-review-partners-for-local-authority-areas")],
        },
        new(Sources.CdrInPlace),
        [Months.Parameter]);

    /// <inheritdoc/>
    public override IEnumerable<Deadline> ForDeathReviewReports(ImmutableArray<LocalDate> published, DeadlineContext context)
    {
        for (var i = 0; i < published.Length; i++)
        {
            var previous = published[i];
            if (!context.Rulebook.IsSet(Id, Months.Name, previous))
            {
                // No interval of the partnership's own: the Act sets none, so there is no clock to run.
                continue;
            }

            var months = Whole(context, Months, previous);
            LocalDate? next = i + 1 < published.Length ? published[i + 1] : null;
            var subject = Subject.DeathReviewReport(next);
            yield return Make(context, subject, "the previous panel report's publication", previous, Counting.Months(months), Counting.MonthsAfter,
                previous.PlusMonths(months), next);
        }
    }
}
