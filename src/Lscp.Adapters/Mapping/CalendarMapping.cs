using C = Lscp.Contracts;
using R = Lscp.Rules.Calendar;

namespace Lscp.Adapters;

/// <summary>Calendar answers, from the rules' types to the wire's. Every enum value is mapped by name here, so a rename inside the rules is a compile error, never a change on the wire.</summary>
public static class CalendarMapping
{
    /// <summary>A bank holiday on the wire, with where it came from.</summary>
    public static C.BankHoliday ToContract(this R.BankHoliday holiday) => new(holiday.Date, holiday.Name, holiday.Origin switch
    {
        R.BankHolidayOrigin.StandingRule => C.BankHolidayOrigin.StandingRule,
        R.BankHolidayOrigin.SubstituteDay => C.BankHolidayOrigin.SubstituteDay,
        R.BankHolidayOrigin.MovedByProclamation => C.BankHolidayOrigin.MovedByProclamation,
        R.BankHolidayOrigin.ExtraByProclamation => C.BankHolidayOrigin.ExtraByProclamation,
        R.BankHolidayOrigin.LocalAmendment => C.BankHolidayOrigin.LocalAmendment,
    });
}
