using Lscp.Rules.Calendar;
using NodaTime;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2024-05-01", 5, "2024-05-09")] // Wednesday; Monday 6 May is the early May bank holiday
    [InlineData("2024-12-20", 6, "2025-01-02")] // across Christmas, Boxing Day and New Year's Day
    [InlineData("2024-03-27", 3, "2024-04-03")] // across Good Friday and Easter Monday
    [InlineData("2024-06-01", 1, "2024-06-03")] // a Saturday anchor: day 1 is the Monday
    [InlineData("2024-05-09", -5, "2024-05-01")]
    [InlineData("2022-05-27", 15, "2022-06-21")] // 30 May 2022 is worked (spring holiday moved); 2 and 3 June are not
    public void AddWorkingDays_counts_from_the_day_after_the_anchor(string anchor, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(anchor), days));

    [Fact]
    public void Adding_zero_returns_the_anchor_even_on_a_holiday() =>
        Assert.Equal(D("2024-12-25"), Calendar.AddWorkingDays(D("2024-12-25"), 0));

    [Theory]
    [InlineData("2024-05-01", "2024-05-09", 5)]
    [InlineData("2024-05-09", "2024-05-01", -5)]
    [InlineData("2024-05-06", "2024-05-06", 0)]
    [InlineData("2024-05-04", "2024-05-06", 0)] // Saturday to the bank holiday Monday
    public void WorkingDaysBetween_excludes_the_start_and_includes_the_end(string start, string end, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(start), D(end)));

    [Fact]
    public void Next_and_previous_skip_weekends_and_holidays()
    {
        Assert.Equal(D("2025-01-02"), Calendar.NextWorkingDay(D("2024-12-31")));
        Assert.Equal(D("2024-12-24"), Calendar.PreviousWorkingDay(D("2024-12-27")));
    }

    [Theory]
    [InlineData("1977-12-31")]
    [InlineData("2200-01-01")]
    public void A_date_outside_the_range_fails_naming_the_range(string date)
    {
        var error = Assert.Throws<DateOutsideCalendarRangeException>(() => Calendar.IsWorkingDay(D(date)));
        Assert.Contains(date, error.Message);
        Assert.Contains("1978-01-01 to 2199-12-31", error.Message);
        Assert.Equal("date", error.ParamName);
    }

    [Fact]
    public void A_result_outside_the_range_fails_instead_of_wrapping()
    {
        Assert.Throws<DateOutsideCalendarRangeException>(() => Calendar.AddWorkingDays(D("2199-12-30"), 5));
        Assert.Throws<DateOutsideCalendarRangeException>(() => Calendar.AddWorkingDays(D("1978-01-05"), -5));
        Assert.Throws<DateOutsideCalendarRangeException>(() => Calendar.AddWorkingDays(D("2000-01-05"), int.MaxValue));
        Assert.Throws<DateOutsideCalendarRangeException>(() => Calendar.AddWorkingDays(D("2000-01-05"), int.MinValue));
    }

    [Fact]
    public void A_date_in_another_calendar_system_is_refused() =>
        Assert.Throws<ArgumentException>(() => Calendar.IsWorkingDay(new LocalDate(2024, 5, 1, CalendarSystem.Julian)));

    [Fact]
    public void An_added_non_working_day_is_honoured_and_the_original_is_unchanged()
    {
        var amended = Calendar.WithAmendments(CalendarAmendment.NonWorkingDay(D("2027-06-07"), "Proclaimed holiday"));

        Assert.False(amended.IsWorkingDay(D("2027-06-07")));
        Assert.True(Calendar.IsWorkingDay(D("2027-06-07")));
        Assert.Equal(BankHolidayOrigin.LocalAmendment, amended.BankHolidayOn(D("2027-06-07"))?.Origin);
        Assert.Contains(amended.BankHolidaysIn(2027), h => h.Date == D("2027-06-07"));
        Assert.Equal(D("2027-06-09"), amended.AddWorkingDays(D("2027-06-04"), 2));
        Assert.Equal(D("2027-06-08"), Calendar.AddWorkingDays(D("2027-06-04"), 2));
        Assert.StartsWith(EnglandAndWalesBankHolidays.DataVersion + "+amended.", amended.DataVersion);
        Assert.Equal(EnglandAndWalesBankHolidays.DataVersion, Calendar.DataVersion);
    }

    [Fact]
    public void A_removed_holiday_becomes_a_working_day()
    {
        var amended = Calendar.WithAmendments(CalendarAmendment.WorkingDay(D("2026-08-31"), "Proclamation withdrawn"));
        Assert.True(amended.IsWorkingDay(D("2026-08-31")));
        Assert.DoesNotContain(amended.BankHolidaysIn(2026), h => h.Date == D("2026-08-31"));
    }

    [Fact]
    public void Amending_twice_keeps_one_base_version_and_a_fingerprint_of_all_amendments()
    {
        var once = Calendar.WithAmendments(CalendarAmendment.NonWorkingDay(D("2027-06-07"), "A"));
        var twice = once.WithAmendments(CalendarAmendment.NonWorkingDay(D("2027-06-08"), "B"));
        var together = Calendar.WithAmendments(CalendarAmendment.NonWorkingDay(D("2027-06-07"), "A"), CalendarAmendment.NonWorkingDay(D("2027-06-08"), "B"));

        Assert.Equal(2, twice.Amendments.Length);
        Assert.Equal(together.DataVersion, twice.DataVersion);
        Assert.NotEqual(once.DataVersion, twice.DataVersion);
        Assert.Single(twice.DataVersion.Split("+amended."), part => part == EnglandAndWalesBankHolidays.DataVersion);
    }

    [Theory]
    [InlineData("2027-06-05", "Saturday")]
    [InlineData("2026-12-25", "already a bank holiday")]
    public void Adding_a_day_that_is_already_not_worked_fails_naming_it(string date, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => Calendar.WithAmendments(CalendarAmendment.NonWorkingDay(D(date), "X")));
        Assert.Contains(date, error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Removing_a_day_that_is_not_a_holiday_fails_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => Calendar.WithAmendments(CalendarAmendment.WorkingDay(D("2026-06-10"), "X")));
        Assert.Contains("2026-06-10 is not a bank holiday", error.Message);
    }

    [Fact]
    public void An_amendment_needs_a_name() =>
        Assert.Throws<ArgumentException>(() => CalendarAmendment.NonWorkingDay(D("2027-06-07"), " "));
}
