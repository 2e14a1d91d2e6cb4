namespace Lscp.Contracts;

/// <summary>One measure this period and the previous one, from the same records, and which way it moved.</summary>
/// <param name="Question">The question it answers.</param>
/// <param name="Measure">Its stable name, such as meetingsHeld, meetingsHeld:executive or clockOnTimePercent:TS-RAPID-01.</param>
/// <param name="Label">What it measures, in words.</param>
/// <param name="Current">Its value this period; absent when there was nothing to measure.</param>
/// <param name="Previous">Its value the previous period; absent when there was nothing to measure.</param>
/// <param name="Direction">Which way it moved.</param>
/// <param name="HigherIsBetter">True when higher is better, false when lower is; absent for a count of work that is neither.</param>
/// <param name="Improved">True when it moved the better way, false when the worse; absent when neither is better, it did not move, or it cannot be compared.</param>
public sealed record MeasureChange(ReportQuestion Question, string Measure, string Label, decimal? Current, decimal? Previous, ChangeDirection Direction, bool? HigherIsBetter, bool? Improved);
