namespace Lscp.Contracts;

/// <summary>The bank holidays of a year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Holidays">The holidays in date order.</param>
/// <param name="CalendarVersion">The calendar's data version.</param>
public sealed record BankHolidaysResponse(int Year, IReadOnlyList<BankHoliday> Holidays, string CalendarVersion);
