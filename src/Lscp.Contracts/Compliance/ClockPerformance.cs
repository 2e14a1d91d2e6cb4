namespace Lscp.Contracts;

/// <summary>How well one statutory clock was kept over the period.</summary>
/// <param name="RuleId">The clock's rule.</param>
/// <param name="Title">The rule in a line.</param>
/// <param name="OnTime">Met on or before the due date.</param>
/// <param name="Late">Met after the due date.</param>
/// <param name="Overdue">Not met and past due at the end of the assessed days.</param>
/// <param name="OnTimePercent">On time as a percentage of those met or overdue; absent when there were none.</param>
/// <param name="MedianWorkingDays">The median working days from anchor to completion of those met; absent when none was.</param>
public sealed record ClockPerformance(string RuleId, string Title, int OnTime, int Late, int Overdue, decimal? OnTimePercent, decimal? MedianWorkingDays);
