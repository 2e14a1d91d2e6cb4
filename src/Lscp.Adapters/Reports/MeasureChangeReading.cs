using Lscp.Contracts;

namespace Lscp.Adapters;

/// <summary>How the report's readers (its text and the runner's page) say which way a measure moved.</summary>
public static class MeasureChangeReading
{
    /// <summary>"up, better", "down, worse", "up" (a count of work, neither better nor worse), "unchanged" or "not comparable".</summary>
    public static string InWords(this MeasureChange change)
    {
        Guard.Against.Null(change);
        return (change.Direction, change.Improved) switch
        {
            (ChangeDirection.Same, _) => "unchanged",
            (ChangeDirection.NotComparable, _) => "not comparable",
            (var direction, true) => $"{Way(direction)}, better",
            (var direction, false) => $"{Way(direction)}, worse",
            (var direction, null) => Way(direction),
        };
    }

    private static string Way(ChangeDirection direction) => direction == ChangeDirection.Up ? "up" : "down";
}
