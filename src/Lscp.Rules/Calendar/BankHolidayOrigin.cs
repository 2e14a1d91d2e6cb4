namespace Lscp.Rules.Calendar;

/// <summary>Why a date is a bank holiday in a <see cref="WorkingDayCalendar"/>.</summary>
public enum BankHolidayOrigin
{
    /// <summary>
    /// A standing day on its usual date: New Year's Day, Good Friday, Easter Monday, the early May,
    /// spring and summer bank holidays, Christmas Day and Boxing Day.
    /// </summary>
    StandingRule,

    /// <summary>A weekday in place of a standing day that fell at a weekend (for example "Boxing Day (substitute day)").</summary>
    SubstituteDay,

    /// <summary>A standing day moved to another date by royal proclamation (for example the 2022 spring bank holiday, moved to 2 June).</summary>
    MovedByProclamation,

    /// <summary>A one-off extra day appointed by royal proclamation (a royal wedding, a jubilee, the millennium, a state funeral, a coronation).</summary>
    ExtraByProclamation,

    /// <summary>A day added by the calendar's user through <see cref="CalendarAmendment.NonWorkingDay"/>, such as a proclamation announced after this release.</summary>
    LocalAmendment,
}
