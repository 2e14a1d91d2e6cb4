using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Rules.Calendar;
using NodaTime;

namespace Lscp.Rules.Governance;

/// <summary>The meetings a body's cadence asks for.</summary>
public static class MeetingSchedule
{
    /// <summary>
    /// The meetings <paramref name="body"/> should hold in the year starting on <paramref name="yearStart"/>: one per cadence
    /// interval, counted from the year's start. Intervals outside the body's own period are left out; a body that meets as
    /// needed (no cadence) expects none.
    /// </summary>
    public static ImmutableArray<ExpectedMeeting> ForYear(Body body, LocalDate yearStart, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(body);
        Guard.Against.Null(calendar);
        if (body.Cadence is not { } cadence)
        {
            return [];
        }

        var meetings = ImmutableArray.CreateBuilder<ExpectedMeeting>(cadence.MeetingsPerYear);
        for (var i = 0; i < cadence.MeetingsPerYear; i++)
        {
            var (start, end) = Window(cadence, yearStart, i);
            if (!body.Period.Contains(start) || !body.Period.Contains(end))
            {
                continue;
            }

            var middle = start.PlusDays(Period.DaysBetween(start, end) / 2);
            var nominal = calendar.IsWorkingDay(middle) ? middle : calendar.NextWorkingDay(middle);
            meetings.Add(new(body.Id, i + 1, start, end, nominal));
        }

        return meetings.ToImmutable();
    }

    /// <summary>
    /// The meetings body <paramref name="bodyId"/> should hold in the year starting on <paramref name="yearStart"/>, across
    /// every version of the arrangements in force during that year: a window counts when the body exists with the same
    /// cadence on every day of it, whichever versions those days fall in. A body that exists for part of the year gets the
    /// windows of that part; days before the first arrangements have none.
    /// </summary>
    public static ImmutableArray<ExpectedMeeting> ForYear(Partnership partnership, string bodyId, LocalDate yearStart, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(partnership);
        Guard.Against.Null(calendar);
        var meetings = ImmutableArray.CreateBuilder<ExpectedMeeting>();
        foreach (var (body, from, to) in Presence(partnership, bodyId, yearStart))
        {
            var cadence = body.Cadence!;
            for (var i = 0; i < cadence.MeetingsPerYear; i++)
            {
                var (start, end) = Window(cadence, yearStart, i);
                if (start >= from && end <= to)
                {
                    var middle = start.PlusDays(Period.DaysBetween(start, end) / 2);
                    meetings.Add(new(body.Id, i + 1, start, end, calendar.IsWorkingDay(middle) ? middle : calendar.NextWorkingDay(middle)));
                }
            }
        }

        return meetings.ToImmutable();
    }

    /// <summary>The body <paramref name="bodyId"/> as the last version in force during the year starting on <paramref name="yearStart"/> describes it, or null when no version in force that year has it.</summary>
    public static Body? BodyInYear(Partnership partnership, string bodyId, LocalDate yearStart)
    {
        Guard.Against.Null(partnership);
        var yearEnd = yearStart.PlusYears(1).PlusDays(-1);
        Body? found = null;
        foreach (var version in partnership.Versions)
        {
            var period = partnership.PeriodOf(version);
            if (period.Overlaps(new EffectivePeriod(yearStart, yearEnd)) && version.HasBody(bodyId) && version.Body(bodyId).Period.Overlaps(new EffectivePeriod(yearStart, yearEnd)))
            {
                found = version.Body(bodyId);
            }
        }

        return found;
    }

    /// <summary>The runs of days of the year in which the body exists with one cadence, across versions.</summary>
    private static List<(Body Body, LocalDate From, LocalDate To)> Presence(Partnership partnership, string bodyId, LocalDate yearStart)
    {
        var yearEnd = yearStart.PlusYears(1).PlusDays(-1);
        var runs = new List<(Body Body, LocalDate From, LocalDate To)>();
        foreach (var version in partnership.Versions)
        {
            var period = partnership.PeriodOf(version);
            if (!version.HasBody(bodyId) || version.Body(bodyId) is not { Cadence: not null } body)
            {
                continue;
            }

            var from = LocalDate.Max(LocalDate.Max(period.Start, body.Period.Start), yearStart);
            var to = LocalDate.Min(LocalDate.Min(period.End ?? yearEnd, body.Period.End ?? yearEnd), yearEnd);
            if (from > to)
            {
                continue;
            }

            if (runs.Count > 0 && runs[^1].To.PlusDays(1) == from && runs[^1].Body.Cadence == body.Cadence)
            {
                runs[^1] = (runs[^1].Body, runs[^1].From, to);
            }
            else
            {
                runs.Add((body, from, to));
            }
        }

        return runs;
    }

    /// <summary>The <paramref name="index"/>-th (from 0) cadence window of the year starting on <paramref name="yearStart"/>: first and last day, both inclusive.</summary>
    public static (LocalDate Start, LocalDate End) Window(MeetingCadence cadence, LocalDate yearStart, int index)
    {
        Guard.Against.Null(cadence);
        return (yearStart.PlusMonths(index * cadence.IntervalMonths), yearStart.PlusMonths((index + 1) * cadence.IntervalMonths).PlusDays(-1));
    }

    /// <summary>The first day of the year containing <paramref name="date"/>, for a year starting in <paramref name="startMonth"/> (4 for April, 1 for January).</summary>
    public static LocalDate YearStartOf(LocalDate date, int startMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        var start = new LocalDate(date.Year, startMonth, 1);
        return date >= start ? start : start.PlusYears(-1);
    }
}
