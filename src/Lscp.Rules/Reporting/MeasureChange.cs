namespace Lscp.Rules.Reporting;

/// <summary>One measure in this period and the previous one, from the same records, and which way it moved.</summary>
/// <param name="Question">The question it answers.</param>
/// <param name="Measure">Its stable name, such as <c>meetingsHeld</c>, <c>meetingsHeld:executive</c> or <c>clockOnTimePercent:TS-RAPID-01</c>.</param>
/// <param name="Label">What it measures, in words.</param>
/// <param name="Current">Its value this period, or null when there was nothing to measure.</param>
/// <param name="Previous">Its value the previous period, or null when there was nothing to measure.</param>
/// <param name="Direction">Which way it moved.</param>
/// <param name="HigherIsBetter">True when a higher value is better, false when a lower one is, null for a count of work that is neither.</param>
public sealed record MeasureChange(ReportQuestion Question, string Measure, string Label, decimal? Current, decimal? Previous, ChangeDirection Direction, bool? HigherIsBetter)
{
    /// <summary>True when the measure moved the better way, false when the worse, null when neither is better or it did not move or cannot be compared.</summary>
    public bool? Improved => Direction is ChangeDirection.Up or ChangeDirection.Down && HigherIsBetter is { } higher
        ? (Direction == ChangeDirection.Up) == higher
        : null;
}
