using Lscp.Rules.Calendar;
using NodaTime;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Calendar;

public sealed class BankHolidayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    public static TheoryData<int> GovUkYears => [.. GovUkBankHolidays.ByYear.Keys];

    [Theory]
    [MemberData(nameof(GovUkYears))]
    public void Every_bank_holiday_matches_the_GOV_UK_list(int year)
    {
        var expected = GovUkBankHolidays.ByYear[year];
        var actual = Calendar.BankHolidaysIn(year).Select(h => h.Date.ToString("uuuu-MM-dd", null)).ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("1981-07-29", "Royal wedding")]
    [InlineData("1999-12-31", "Millennium")]
    [InlineData("2002-06-03", "Golden Jubilee")]
    [InlineData("2011-04-29", "Royal wedding")]
    [InlineData("2012-06-05", "Diamond Jubilee")]
    [InlineData("2022-06-03", "Platinum Jubilee")]
    [InlineData("2022-09-19", "State Funeral")]
    [InlineData("2023-05-08", "coronation")]
    public void Each_one_off_proclaimed_day_is_a_holiday(string date, string nameContains)
    {
        var holiday = Calendar.BankHolidayOn(D(date));
        Assert.NotNull(holiday);
        Assert.Equal(BankHolidayOrigin.ExtraByProclamation, holiday.Origin);
        Assert.Contains(nameContains, holiday.Name, StringComparison.OrdinalIgnoreCase);
        Assert.False(Calendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("1995-05-08", "1995-05-01")]
    [InlineData("2002-06-04", "2002-05-27")]
    [InlineData("2012-06-04", "2012-05-28")]
    [InlineData("2020-05-08", "2020-05-04")]
    [InlineData("2022-06-02", "2022-05-30")]
    public void Each_moved_day_is_a_holiday_and_its_usual_date_is_a_working_day(string movedTo, string usualDate)
    {
        Assert.Equal(BankHolidayOrigin.MovedByProclamation, Calendar.BankHolidayOn(D(movedTo))?.Origin);
        Assert.True(Calendar.IsWorkingDay(D(usualDate)));
        Assert.Null(Calendar.BankHolidayOn(D(usualDate)));
    }

    [Fact]
    public void Christmas_on_a_Sunday_keeps_Boxing_Day_on_the_26th_and_substitutes_Christmas_on_the_27th()
    {
        // 2022 and 2033: Christmas Day is a Sunday.
        foreach (var year in new[] { 2022, 2033 })
        {
            Assert.Equal(IsoDayOfWeek.Sunday, new LocalDate(year, 12, 25).DayOfWeek);
            Assert.Equal("Boxing Day", Calendar.BankHolidayOn(new LocalDate(year, 12, 26))?.Name);
            Assert.Equal("Christmas Day (substitute day)", Calendar.BankHolidayOn(new LocalDate(year, 12, 27))?.Name);
            Assert.True(Calendar.IsWorkingDay(new LocalDate(year, 12, 28)));
        }
    }

    [Fact]
    public void Christmas_on_a_Saturday_substitutes_both_days_on_Monday_and_Tuesday()
    {
        Assert.Equal("Christmas Day (substitute day)", Calendar.BankHolidayOn(D("2021-12-27"))?.Name);
        Assert.Equal("Boxing Day (substitute day)", Calendar.BankHolidayOn(D("2021-12-28"))?.Name);
        Assert.Equal("Christmas Day (substitute day)", Calendar.BankHolidayOn(D("2027-12-27"))?.Name);
    }

    [Fact]
    public void Boxing_Day_on_a_Saturday_is_substituted_on_Monday_the_28th()
    {
        Assert.Equal("Christmas Day", Calendar.BankHolidayOn(D("2026-12-25"))?.Name);
        Assert.Equal("Boxing Day (substitute day)", Calendar.BankHolidayOn(D("2026-12-28"))?.Name);
    }

    [Theory]
    [InlineData("2011-01-03")] // Saturday 1 January 2011
    [InlineData("2012-01-02")] // Sunday 1 January 2012
    public void New_Years_Day_at_a_weekend_moves_to_the_Monday(string substitute) =>
        Assert.Equal("New Year's Day (substitute day)", Calendar.BankHolidayOn(D(substitute))?.Name);

    [Fact]
    public void Every_year_in_range_has_eight_standing_days_on_weekdays_in_date_order()
    {
        for (var year = EnglandAndWalesBankHolidays.FirstYear; year <= EnglandAndWalesBankHolidays.LastYear; year++)
        {
            var days = Calendar.BankHolidaysIn(year);
            var standing = days.Count(d => d.Origin is not BankHolidayOrigin.ExtraByProclamation);
            Assert.True(standing == 8, $"{year} has {standing} standing or substitute days");
            Assert.All(days, d => Assert.True(d.Date.DayOfWeek < IsoDayOfWeek.Saturday, $"{d.Date} ({d.Name}) is at a weekend"));
            Assert.Equal(days.OrderBy(d => d.Date), days);
        }
    }

    [Fact]
    public void Every_proclamation_appears_in_its_year()
    {
        foreach (var proclamation in RoyalProclamations.All)
        {
            Assert.Equal(proclamation.Name, Calendar.BankHolidayOn(proclamation.Date)?.Name);
        }
    }

    [Theory]
    [InlineData(1977)]
    [InlineData(2200)]
    public void A_year_outside_the_data_fails_naming_the_range(int year)
    {
        var error = Assert.Throws<DateOutsideCalendarRangeException>(() => Calendar.BankHolidaysIn(year));
        Assert.Contains("1978-01-01 to 2199-12-31", error.Message);
    }
}
