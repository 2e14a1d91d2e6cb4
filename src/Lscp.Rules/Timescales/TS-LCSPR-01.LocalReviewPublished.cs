using Lscp.Rules.Compliance;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-LCSPR-01: a local review is published within <c>months</c> (6) calendar months of the decision to initiate it. Each
/// recorded pause moves the due date on by its length in days (up to publication, or to the assessment date while it lasts);
/// while a pause is open the clock shows as paused, with its reason.
/// </summary>
internal sealed class LocalReviewPublished : DeadlineRule
{
    /// <summary>Calendar months allowed from the decision to initiate to publication.</summary>
    internal static NumberParameter Months { get; } = ClockParameters.Months(6, "Calendar months allowed from the decision to initiate to publication.", maximum: 36);

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.LocalReviewPublished,
        "A local child safeguarding practice review is published within 6 months of the decision to initiate it, plus any recorded pauses",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: LCSPR published within 6 months of the decision to initiate; delays recorded with reasons", Confidence.Likely),
        new(Sources.PartnersInForce),
        [Months.Parameter]);

    /// <inheritdoc/>
    public override Deadline? ForIncident(SeriousIncident incident, DeadlineContext context)
    {
        if (incident.LocalReview is not { } review)
        {
            return null;
        }

        var subject = Subject.Incident(incident.CaseReference);
        if (review.InitiatedOn is not { } initiated)
        {
            return Make(context, subject, "the decision to initiate the review", null, "6 months", Counting.MonthsAfter, null, review.PublishedOn);
        }

        var (due, pausedDays, open) = Due(review, initiated, Whole(context, Months, initiated), context.AsOf);
        return Make(context, subject, "the decision to initiate the review", initiated, Counting.Months(Whole(context, Months, initiated)), Counting.MonthsAfter,
            due, review.PublishedOn, pausedDays, review.Pauses, paused: open is not null && review.PublishedOn is null);
    }

    /// <summary>The publication due date with pauses counted up to publication (or <paramref name="asOf"/>), their days, and any pause still open.</summary>
    internal static (LocalDate Due, int PausedDays, ReviewPause? Open) Due(LocalReview review, LocalDate initiated, int months, LocalDate asOf)
    {
        var until = review.PublishedOn ?? asOf;
        var pausedDays = 0;
        ReviewPause? open = null;
        foreach (var pause in review.Pauses.Where(p => p.From <= until))
        {
            var end = pause.To is { } to && to < until ? to : until;
            pausedDays += Period.DaysBetween(pause.From, end) + 1;
            if (pause.To is not { } last || last >= until)
            {
                open = pause;
            }
        }

        return (initiated.PlusMonths(months).PlusDays(pausedDays), pausedDays, open);
    }
}
