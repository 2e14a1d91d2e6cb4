using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>The parameters the clocks share by name (each clock declares its own, with its own default and wording).</summary>
internal static class ClockParameters
{
    /// <summary>Working days a clock allows; <paramref name="assumed"/> says why, when the default is not the cited text's own.</summary>
    public static NumberParameter WorkingDays(int defaultValue, string what, string? assumed = null) =>
        new("workingDays", $"Working days allowed {what}.", defaultValue, minimum: 1, maximum: 260, assumed);

    /// <summary>Calendar months a clock allows; null for a clock that is off until the partnership sets it.</summary>
    public static NumberParameter Months(int? defaultValue, string description, int maximum) =>
        new("months", description, defaultValue, minimum: 1, maximum: maximum);

    /// <summary>Calendar days a clock allows; <paramref name="assumed"/> says why, when the default is not the cited text's own.</summary>
    public static NumberParameter Days(int defaultValue, string description, int maximum, string? assumed = null) =>
        new("days", description, defaultValue, minimum: 1, maximum: maximum, assumed);
}
