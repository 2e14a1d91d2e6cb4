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
