using NodaTime;

namespace Lscp.Contracts;

/// <summary>The result of adding working days to a date.</summary>
/// <param name="Date">The anchor date (day 0, never counted).</param>
/// <param name="WorkingDays">The working days added (negative counts back).</param>
/// <param name="Result">The N-th working day after the anchor (before it, when negative).</param>
/// <param name="Convention">The counting convention in words.</param>
/// <param name="CalendarVersion">The calendar's data version.</param>
public sealed record AddWorkingDaysResponse(LocalDate Date, int WorkingDays, LocalDate Result, string Convention, string CalendarVersion);
