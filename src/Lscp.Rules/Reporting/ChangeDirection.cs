namespace Lscp.Rules.Reporting;

/// <summary>Which way a measure moved from the previous period to this one.</summary>
public enum ChangeDirection
{
    /// <summary>Higher this period.</summary>
    Up,

    /// <summary>Lower this period.</summary>
    Down,

    /// <summary>The same.</summary>
    Same,

    /// <summary>One of the two periods has no value (nothing to measure), so they cannot be compared.</summary>
    NotComparable,
}
