using NodaTime;

namespace Lscp.Contracts;

/// <summary>One bank holiday.</summary>
/// <param name="Date">The date it is observed (for a substitute day, the weekday).</param>
/// <param name="Name">The name as GOV.UK publishes it, such as "Boxing Day (substitute day)".</param>
/// <param name="Origin">Why the date is a holiday.</param>
public sealed record BankHoliday(LocalDate Date, string Name, BankHolidayOrigin Origin);
