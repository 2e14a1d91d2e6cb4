using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Rules.Calendar;

/// <summary>
/// The bank holidays of England and Wales: the standing rules of the Banking and Financial Dealings Act 1971
/// (Schedule 1) and the yearly proclamations that go with them, plus every <see cref="RoyalProclamations">royal proclamation</see>
/// on record since 1978, the year the early May bank holiday began.
/// </summary>
/// <remarks>
/// Substitute days: New Year's Day at a weekend moves to the Monday after. When Christmas Day is a Saturday,
/// Christmas moves to Monday 27 and Boxing Day to Tuesday 28; when Christmas Day is a Sunday, Boxing Day stays
/// on Monday 26 and Christmas moves to Tuesday 27; when Boxing Day alone is a Saturday it moves to Monday 28.
/// </remarks>
public static class EnglandAndWalesBankHolidays
{
    /// <summary>The first year covered (the early May bank holiday was first held on 1 May 1978).</summary>
    public const int FirstYear = 1978;

    /// <summary>The last year covered. Years after the last known proclamation follow the standing rules.</summary>
    public const int LastYear = 2199;

    /// <summary>
    /// The version of the holiday data: bumped whenever a proclamation or rule is added or corrected, and
    /// reported by every calendar built from it so that a result can be traced to the data that produced it.
    /// </summary>
    public const string DataVersion = "ew-2026.11.1";

    /// <summary>The bank holidays of <paramref name="year"/> in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public static ImmutableArray<BankHoliday> ForYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);

        var days = new List<BankHoliday>(10);
        AddNewYear(days, year);
        var easter = Easter.Sunday(year);
        days.Add(new(easter.PlusDays(-2), "Good Friday", BankHolidayOrigin.StandingRule));
        days.Add(new(easter.PlusDays(1), "Easter Monday", BankHolidayOrigin.StandingRule));
        days.Add(new(FirstMonday(year, 5), "Early May bank holiday", BankHolidayOrigin.StandingRule));
        days.Add(new(LastMonday(year, 5), "Spring bank holiday", BankHolidayOrigin.StandingRule));
        days.Add(new(LastMonday(year, 8), "Summer bank holiday", BankHolidayOrigin.StandingRule));
        AddChristmas(days, year);

        foreach (var proclamation in RoyalProclamations.All)
        {
            if (proclamation.Date.Year != year)
            {
                continue;
            }

            if (proclamation.Replaces is { } replaced)
            {
                var removed = days.RemoveAll(d => d.Date == replaced);
                if (removed != 1)
                {
                    throw new InvalidOperationException($"Proclamation data error: {proclamation.Date:uuuu-MM-dd} replaces {replaced:uuuu-MM-dd}, which is not a standing bank holiday.");
                }

                days.Add(new(proclamation.Date, proclamation.Name, BankHolidayOrigin.MovedByProclamation));
            }
            else
            {
                days.Add(new(proclamation.Date, proclamation.Name, BankHolidayOrigin.ExtraByProclamation));
            }
        }

        days.Sort(static (x, y) => x.Date.CompareTo(y.Date));
        return [.. days];
    }

    private static void AddNewYear(List<BankHoliday> days, int year)
    {
        var newYear = new LocalDate(year, 1, 1);
        days.Add(newYear.DayOfWeek switch
        {
            IsoDayOfWeek.Saturday => new(newYear.PlusDays(2), "New Year's Day (substitute day)", BankHolidayOrigin.SubstituteDay),
            IsoDayOfWeek.Sunday => new(newYear.PlusDays(1), "New Year's Day (substitute day)", BankHolidayOrigin.SubstituteDay),
            _ => new(newYear, "New Year's Day", BankHolidayOrigin.StandingRule),
        });
    }

    private static void AddChristmas(List<BankHoliday> days, int year)
    {
        var christmas = new LocalDate(year, 12, 25);
        switch (christmas.DayOfWeek)
        {
            case IsoDayOfWeek.Saturday:
                days.Add(new(new LocalDate(year, 12, 27), "Christmas Day (substitute day)", BankHolidayOrigin.SubstituteDay));
                days.Add(new(new LocalDate(year, 12, 28), "Boxing Day (substitute day)", BankHolidayOrigin.SubstituteDay));
                break;
            case IsoDayOfWeek.Sunday:
                days.Add(new(new LocalDate(year, 12, 26), "Boxing Day", BankHolidayOrigin.StandingRule));
                days.Add(new(new LocalDate(year, 12, 27), "Christmas Day (substitute day)", BankHolidayOrigin.SubstituteDay));
                break;
            case IsoDayOfWeek.Friday:
                days.Add(new(christmas, "Christmas Day", BankHolidayOrigin.StandingRule));
                days.Add(new(new LocalDate(year, 12, 28), "Boxing Day (substitute day)", BankHolidayOrigin.SubstituteDay));
                break;
            default:
                days.Add(new(christmas, "Christmas Day", BankHolidayOrigin.StandingRule));
                days.Add(new(new LocalDate(year, 12, 26), "Boxing Day", BankHolidayOrigin.StandingRule));
                break;
        }
    }

    private static LocalDate FirstMonday(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        return first.DayOfWeek == IsoDayOfWeek.Monday ? first : first.Next(IsoDayOfWeek.Monday);
    }

    private static LocalDate LastMonday(int year, int month)
    {
        var firstOfNext = new LocalDate(year, month, 1).PlusMonths(1);
        return firstOfNext.Previous(IsoDayOfWeek.Monday);
    }
}
