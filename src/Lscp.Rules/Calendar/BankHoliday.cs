using NodaTime;

namespace Lscp.Rules.Calendar;

/// <summary>One bank holiday: the date on which it is observed, its name, and why it is a holiday.</summary>
/// <param name="Date">The date the holiday is observed (for a substitute day, the weekday, not the weekend date it stands for).</param>
/// <param name="Name">The name as GOV.UK publishes it, such as "Boxing Day (substitute day)".</param>
/// <param name="Origin">Why this date is a holiday.</param>
public sealed record BankHoliday(LocalDate Date, string Name, BankHolidayOrigin Origin);
