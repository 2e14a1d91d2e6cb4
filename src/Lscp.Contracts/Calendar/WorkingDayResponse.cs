using NodaTime;

namespace Lscp.Contracts;

/// <summary>Whether a date is a working day.</summary>
/// <param name="Date">The date asked about.</param>
/// <param name="IsWorkingDay">True for Monday to Friday that is not a bank holiday.</param>
/// <param name="BankHoliday">The bank holiday on the date; absent when there is none.</param>
/// <param name="CalendarVersion">The calendar's data version.</param>
public sealed record WorkingDayResponse(LocalDate Date, bool IsWorkingDay, BankHoliday? BankHoliday, string CalendarVersion);
