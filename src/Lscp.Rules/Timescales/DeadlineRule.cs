using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Timescales;

/// <summary>One statutory clock. Each lives in a file named by its id (<c>TS-RAPID-01.*.cs</c>).</summary>
public abstract class DeadlineRule
{
    /// <summary>The rule's definition: id, title, citation, dates and parameters, declared in the rule's own file.</summary>
    public abstract RuleDefinition Definition { get; }

    /// <summary>The rule's id (<see cref="RuleIds"/>).</summary>
    public string Id => Definition.Id;

    /// <summary>The clock this rule runs for <paramref name="incident"/>, or null when it runs none for it (at most one per incident).</summary>
    public virtual Deadline? ForIncident(SeriousIncident incident, DeadlineContext context) => null;

    /// <summary>The clock this rule runs for a child death, or null when it runs none for it.</summary>
    public virtual Deadline? ForDeathReview(DeathReview death, DeadlineContext context) => null;

    /// <summary>The clocks this rule runs for the child death overview panel's yearly reports (their publication days, in date order).</summary>
    public virtual IEnumerable<Deadline> ForDeathReviewReports(ImmutableArray<NodaTime.LocalDate> published, DeadlineContext context) => [];

    /// <summary>The clock this rule runs for one action of <paramref name="recommendation"/>, or null when it runs none for it.</summary>
    public virtual Deadline? ForAction(Recommendation recommendation, LearningAction action, DeadlineContext context) => null;

    /// <summary>The clocks this rule runs for the yearly reports (in order of the period covered).</summary>
    public virtual IEnumerable<Deadline> ForYearlyReports(ImmutableArray<YearlyReport> reports, DeadlineContext context) => [];

    /// <summary>
    /// A deadline from its parts, with its status on <see cref="DeadlineContext.AsOf"/>: met, met late or overdue by working
    /// days, due in working days, or awaiting its anchor (when <paramref name="due"/> is null).
    /// </summary>
    protected Deadline Make(
        DeadlineContext context,
        Subject subject,
        string anchorName,
        LocalDate? anchor,
        string limit,
        string counting,
        LocalDate? due,
        LocalDate? completed,
        ImmutableArray<ReviewDelay> delays = default)
    {
        var calendar = context.Calendar;
        var definition = Definition;
        var on = anchor ?? context.AsOf;
        var title = context.Rulebook.TitleOf(Id, on);
        if (anchor is { } started && !definition.AppliesDuring.Contains(started))
        {
            // Applicability is data (the catalogue's dates): another regime's clock is never run in this one's name.
            return new Deadline(Id, title, subject, anchorName, anchor, $"applies {definition.AppliesDuring}", counting, null, completed, DeadlineStatus.NotApplicable,
                null, null, null, [], null, context.AsOf, definition.Citation);
        }

        var (status, days) = (due, completed) switch
        {
            (null, _) => (DeadlineStatus.AwaitingAnchor, (int?)null),
            ({ } d, { } c) when c <= d => (DeadlineStatus.Met, null),
            ({ } d, { } c) => (DeadlineStatus.MetLate, calendar.WorkingDaysBetween(d, c)),
            ({ } d, null) when context.AsOf <= d => (DeadlineStatus.Due, calendar.WorkingDaysBetween(context.AsOf, d)),
            ({ } d, null) => (DeadlineStatus.Overdue, calendar.WorkingDaysBetween(d, context.AsOf)),
        };
        int? calendarDays = (status, due) switch
        {
            (DeadlineStatus.MetLate, { } d) => Period.DaysBetween(d, completed!.Value),
            (DeadlineStatus.Due, { } d) => Period.DaysBetween(context.AsOf, d),
            (DeadlineStatus.Overdue, { } d) => Period.DaysBetween(d, context.AsOf),
            _ => null,
        };
        int? taken = anchor is { } a && completed is { } done && done >= a ? calendar.WorkingDaysBetween(a, done) : null;
        var suspension = due is { } dueOn ? context.Rulebook.SuspensionOn(Id, dueOn) : null;
        return new Deadline(Id, title, subject, anchorName, anchor, limit, counting, due, completed, status, days, calendarDays, taken,
            delays.IsDefault ? [] : delays, suspension, context.AsOf, definition.Citation)
        {
            Basis = Unconfirmed(context, on),
        };
    }

    /// <summary>The parameters of this rule whose values on <paramref name="on"/> are this library's defaults, to confirm.</summary>
    private ImmutableArray<FactBasis> Unconfirmed(DeadlineContext context, LocalDate on)
    {
        var parameters = Definition.Parameters;
        if (parameters.IsEmpty)
        {
            return [];
        }

        var unconfirmed = ImmutableArray.CreateBuilder<FactBasis>();
        foreach (var parameter in parameters)
        {
            if (context.Rulebook.Unconfirmed(Id, parameter.Name, on) is { } basis)
            {
                unconfirmed.Add(basis);
            }
        }

        return unconfirmed.DrainToImmutable();
    }

    /// <summary>The number <paramref name="parameter"/> of this rule on <paramref name="date"/>, as a whole number.</summary>
    internal int Whole(DeadlineContext context, NumberParameter parameter, LocalDate date) => (int)context.Rulebook.Number(Id, parameter, date);
}
