namespace Lscp.Contracts;

/// <summary>
/// This period against the one before it, from the same records: every measure of the three questions with its value in
/// each and the direction of change. The previous period (for a year, the year before) is assessed to its own last day.
/// </summary>
/// <param name="Previous">The previous period (both ends inclusive).</param>
/// <param name="Changes">Every measure, in the order of the questions.</param>
/// <param name="Note">Why the comparison is partial; absent when it is not.</param>
public sealed record PeriodComparison(DateRange Previous, IReadOnlyList<MeasureChange> Changes, string? Note = null);
