using NodaTime;

namespace Lscp.Tests.Calendar;

/// <summary>
/// The obvious implementation most code has: step one day at a time, skipping weekends and a set of holidays.
/// The tests use it as an independent reference; the benchmarks measure the calendar against it.
/// </summary>
public sealed class NaiveWorkingDays(IEnumerable<LocalDate> holidays)
{
    private readonly HashSet<LocalDate> _holidays = [.. holidays];

    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_holidays.Contains(date);

    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var remaining = Math.Abs(workingDays);
        while (remaining > 0)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    public int WorkingDaysBetween(LocalDate startExclusive, LocalDate endInclusive)
    {
        if (endInclusive < startExclusive)
        {
            return -WorkingDaysBetween(endInclusive, startExclusive);
        }

        var count = 0;
        for (var date = startExclusive.PlusDays(1); date <= endInclusive; date = date.PlusDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
