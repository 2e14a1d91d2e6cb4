using FsCheck;
using FsCheck.Fluent;
using Lscp.Rules.Calendar;
using NodaTime;

namespace Lscp.Tests.Calendar;

/// <summary>Invariants of the calendar over random dates and counts, checked with FsCheck.</summary>
public sealed class WorkingDayCalendarProperties
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static readonly NaiveWorkingDays Naive = new(
        Enumerable.Range(Calendar.MinDate.Year, Calendar.MaxDate.Year - Calendar.MinDate.Year + 1)
            .SelectMany(year => Calendar.BankHolidaysIn(year))
            .Select(h => h.Date));

    // Dates kept two years inside the range: 260 working days (plus holidays) can span more than 365 calendar days.
    private static readonly Gen<LocalDate> Dates =
        Gen.Choose(0, Calendar.MaxDate.ToDateOnly().DayNumber - Calendar.MinDate.ToDateOnly().DayNumber - 1460)
            .Select(offset => Calendar.MinDate.PlusDays(offset + 730));

    private static readonly Gen<int> Counts = Gen.Choose(-260, 260);

    private static readonly Arbitrary<(LocalDate Date, int Count)> DateAndCount = Gen.Zip(Dates, Counts).ToArbitrary();

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(2000);

    private static void Check<T>(Arbitrary<T> arbitrary, Func<T, bool> property) =>
        Prop.ForAll(arbitrary, property).Check(Config);

    [Fact]
    public void Adding_then_counting_round_trips_for_non_negative_counts() =>
        Check(DateAndCount, x => Calendar.WorkingDaysBetween(x.Date, Calendar.AddWorkingDays(x.Date, Math.Abs(x.Count))) == Math.Abs(x.Count));

    [Fact]
    public void Counting_back_from_a_working_day_round_trips() =>
        Check(DateAndCount, x =>
        {
            var start = Calendar.IsWorkingDay(x.Date) ? x.Date : Calendar.NextWorkingDay(x.Date);
            return Calendar.WorkingDaysBetween(start, Calendar.AddWorkingDays(start, -Math.Abs(x.Count))) == -Math.Abs(x.Count);
        });

    [Fact]
    public void Adding_zero_is_the_identity() =>
        Check(Dates.ToArbitrary(), date => Calendar.AddWorkingDays(date, 0) == date);

    [Fact]
    public void Every_non_zero_result_is_a_working_day() =>
        Check(DateAndCount, x => x.Count == 0 || Calendar.IsWorkingDay(Calendar.AddWorkingDays(x.Date, x.Count)));

    [Fact]
    public void Adding_is_monotonic_in_the_count() =>
        Check(DateAndCount, x => Calendar.AddWorkingDays(x.Date, x.Count) < Calendar.AddWorkingDays(x.Date, x.Count + 1));

    [Fact]
    public void Adding_is_monotonic_in_the_date() =>
        Check(DateAndCount, x => Calendar.AddWorkingDays(x.Date, x.Count) <= Calendar.AddWorkingDays(x.Date.PlusDays(1), x.Count));

    [Fact]
    public void Counting_is_antisymmetric() =>
        Check(Gen.Zip(Dates, Dates).ToArbitrary(), x => Calendar.WorkingDaysBetween(x.Item1, x.Item2) == -Calendar.WorkingDaysBetween(x.Item2, x.Item1));

    [Fact]
    public void Agrees_with_the_day_by_day_reference_when_adding() =>
        Check(DateAndCount, x => Calendar.AddWorkingDays(x.Date, x.Count) == Naive.AddWorkingDays(x.Date, x.Count));

    [Fact]
    public void Agrees_with_the_day_by_day_reference_when_counting() =>
        Check(Gen.Zip(Dates, Gen.Choose(-400, 400)).ToArbitrary(), x =>
            Calendar.WorkingDaysBetween(x.Item1, x.Item1.PlusDays(x.Item2)) == Naive.WorkingDaysBetween(x.Item1, x.Item1.PlusDays(x.Item2)));

    [Fact]
    public void Agrees_with_the_reference_on_every_day_of_the_range()
    {
        for (var date = Calendar.MinDate; date <= Calendar.MaxDate; date = date.PlusDays(1))
        {
            Assert.True(Naive.IsWorkingDay(date) == Calendar.IsWorkingDay(date), date.ToString());
        }
    }
}
