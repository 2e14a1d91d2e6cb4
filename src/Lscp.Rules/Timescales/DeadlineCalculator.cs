using System.Collections.Immutable;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Timescales;

/// <summary>Every statutory clock for an incident, the yearly reports, or a whole set of records, with each clock's status on a date.</summary>
public static class DeadlineCalculator
{
    /// <summary>The clocks, one instance each (they hold no state), in id order: the rule registry's <c>Timescales/TS-*.cs</c>.</summary>
    public static ImmutableArray<DeadlineRule> Rules => RuleRegistry.All;

    /// <summary>The clocks of <paramref name="incident"/>, assessed on <paramref name="asOf"/>.</summary>
    public static ImmutableArray<Deadline> ForIncident(SeriousIncident incident, LocalDate asOf, Rulebook rulebook, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(incident);
        var context = Context(asOf, rulebook, calendar);
        var deadlines = ImmutableArray.CreateBuilder<Deadline>(Rules.Length);
        foreach (var rule in Rules)
        {
            if (rule.ForIncident(incident, context) is { } deadline)
            {
                deadlines.Add(deadline);
            }
        }

        return deadlines.ToImmutable();
    }

    /// <summary>The clocks of the yearly reports, assessed on <paramref name="asOf"/>.</summary>
    public static ImmutableArray<Deadline> ForYearlyReports(IEnumerable<YearlyReport> reports, LocalDate asOf, Rulebook rulebook, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(reports);
        var context = Context(asOf, rulebook, calendar);
        var ordered = reports.OrderBy(r => r.CoversFrom).ToImmutableArray();
        return [.. Rules.SelectMany(r => r.ForYearlyReports(ordered, context))];
    }

    /// <summary>Every clock of every incident (in order of awareness, then case reference), child death, yearly report and review action in <paramref name="records"/>, assessed on <paramref name="asOf"/>.</summary>
    public static ImmutableArray<Deadline> ForRecords(PartnershipRecords records, LocalDate asOf, Rulebook rulebook, WorkingDayCalendar calendar)
    {
        // Loops and one builder rather than LINQ: every compliance evaluation comes through here once.
        Guard.Against.Null(records);
        var context = Context(asOf, rulebook, calendar);
        var deadlines = ImmutableArray.CreateBuilder<Deadline>((records.Incidents.Length * Rules.Length) + (records.YearlyReports.Length * 2) + records.DeathReviews.Length);
        foreach (var incident in Sorted(records.Incidents, ByAwarenessThenCase))
        {
            foreach (var rule in Rules)
            {
                if (rule.ForIncident(incident, context) is { } deadline)
                {
                    deadlines.Add(deadline);
                }
            }
        }

        foreach (var death in records.DeathReviews)
        {
            foreach (var rule in Rules)
            {
                if (rule.ForDeathReview(death, context) is { } deadline)
                {
                    deadlines.Add(deadline);
                }
            }
        }

        if (!records.DeathReviewReports.IsEmpty)
        {
            var published = Sorted(records.DeathReviewReports, static (a, b) => a.CompareTo(b));
            foreach (var rule in Rules)
            {
                deadlines.AddRange(rule.ForDeathReviewReports(published, context));
            }
        }

        if (!records.YearlyReports.IsEmpty)
        {
            var reports = Sorted(records.YearlyReports, static (a, b) => a.CoversFrom.CompareTo(b.CoversFrom));
            foreach (var rule in Rules)
            {
                deadlines.AddRange(rule.ForYearlyReports(reports, context));
            }
        }

        foreach (var recommendation in records.Recommendations)
        {
            foreach (var action in recommendation.Actions)
            {
                foreach (var rule in Rules)
                {
                    if (rule.ForAction(recommendation, action, context) is { } deadline)
                    {
                        deadlines.Add(deadline);
                    }
                }
            }
        }

        return deadlines.DrainToImmutable();
    }

    private static int ByAwarenessThenCase(SeriousIncident a, SeriousIncident b)
    {
        var byDate = a.LocalAuthorityAwareOn.CompareTo(b.LocalAuthorityAwareOn);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.CaseReference, b.CaseReference);
    }

    /// <summary>The same array when already in order (records usually are), else a sorted copy (stable, as the LINQ order was).</summary>
    private static ImmutableArray<T> Sorted<T>(ImmutableArray<T> items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (comparison(items[i - 1], items[i]) > 0)
            {
                return [.. items.Order(Comparer<T>.Create(comparison))];
            }
        }

        return items;
    }

    private static DeadlineContext Context(LocalDate asOf, Rulebook rulebook, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(rulebook);
        Guard.Against.Null(calendar);
        return new DeadlineContext(rulebook, calendar, asOf);
    }
}
