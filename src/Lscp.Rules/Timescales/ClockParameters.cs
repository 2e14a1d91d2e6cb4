using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>The parameters the clocks share by name (each clock declares its own, with its own default and wording).</summary>
internal static class ClockParameters
{
    /// <summary>Working days a clock allows.</summary>
    public static NumberParameter WorkingDays(int defaultValue, string what) =>
        new("workingDays", $"Working days allowed {what}.", defaultValue, minimum: 1, maximum: 260);

    /// <summary>Calendar months a clock allows.</summary>
    public static NumberParameter Months(int defaultValue, string description, int maximum) =>
        new("months", description, defaultValue, minimum: 1, maximum: maximum);

    /// <summary>Calendar days a clock allows.</summary>
    public static NumberParameter Days(int defaultValue, string description, int maximum) =>
        new("days", description, defaultValue, minimum: 1, maximum: maximum);
}
