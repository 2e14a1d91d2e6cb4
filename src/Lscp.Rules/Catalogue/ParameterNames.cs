namespace Lscp.Rules.Catalogue;

/// <summary>
/// The names of the rules' parameters, as rulebook documents write them: one constant each, used by the catalogue and by
/// the rules, so that a misspelt name is a compile error rather than a setting silently ignored.
/// </summary>
public static class ParameterNames
{
    /// <summary>Working days a clock allows.</summary>
    public const string WorkingDays = "workingDays";

    /// <summary>Calendar months a clock allows.</summary>
    public const string Months = "months";

    /// <summary>Calendar days a clock allows.</summary>
    public const string Days = "days";

    /// <summary>What the rapid review clock counts from: <c>notification</c> or <c>awareness</c>.</summary>
    public const string Anchor = "anchor";

    /// <summary>The month cadence intervals are counted from: <c>april</c> or <c>january</c>.</summary>
    public const string YearStarts = "yearStarts";

    /// <summary>Days a gap between meetings may exceed the cadence interval.</summary>
    public const string ToleranceDays = "toleranceDays";

    /// <summary>The least share of meetings a core member attends.</summary>
    public const string MinimumRate = "minimumRate";

    /// <summary>Whether a Delegated Safeguarding Partner's signature counts for its lead: <c>no</c> or <c>yes</c>.</summary>
    public const string DelegateMaySign = "delegateMaySign";

    /// <summary>Independent scrutiny reports expected in each financial year.</summary>
    public const string ReportsPerYear = "reportsPerYear";
}
