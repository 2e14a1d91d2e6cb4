using NodaTime;

namespace Lscp.Rules.Calendar;

/// <summary>
/// A date given to, or produced by, a <see cref="WorkingDayCalendar"/> lies outside the range its holiday data covers.
/// The calendar never guesses outside that range.
/// </summary>
public sealed class DateOutsideCalendarRangeException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception for <paramref name="paramName"/>.</summary>
    public DateOutsideCalendarRangeException(string paramName, string what, LocalDate minDate, LocalDate maxDate)
        : base(paramName, $"{what} is outside the working-day calendar's range, {minDate:uuuu-MM-dd} to {maxDate:uuuu-MM-dd} inclusive.")
    {
        MinDate = minDate;
        MaxDate = maxDate;
    }

    /// <summary>The first date the calendar covers (inclusive).</summary>
    public LocalDate MinDate { get; }

    /// <summary>The last date the calendar covers (inclusive).</summary>
    public LocalDate MaxDate { get; }
}
