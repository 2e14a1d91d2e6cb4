using NodaTime;

namespace Lscp.Contracts;

/// <summary>The working days between two dates.</summary>
/// <param name="StartExclusive">The start, not counted.</param>
/// <param name="EndInclusive">The end, counted.</param>
/// <param name="WorkingDays">Working days after the start up to and including the end (negative when the end is earlier).</param>
/// <param name="Convention">The counting convention in words.</param>
/// <param name="CalendarVersion">The calendar's data version.</param>
public sealed record WorkingDaysBetweenResponse(LocalDate StartExclusive, LocalDate EndInclusive, int WorkingDays, string Convention, string CalendarVersion);
