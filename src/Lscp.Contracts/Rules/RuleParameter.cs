namespace Lscp.Contracts;

/// <summary>A value a rule reads that a partnership may set for itself.</summary>
/// <param name="Name">Its name, unique within its rule.</param>
/// <param name="Description">What it controls.</param>
/// <param name="Kind">Its kind of value.</param>
/// <param name="DefaultValue">The value used until a partnership sets another; absent when the rule is off until the partnership sets one (no public text gives a value).</param>
/// <param name="Choices">For a choice, the allowed words; empty for a number.</param>
/// <param name="Minimum">For a number, the least value allowed, if any.</param>
/// <param name="Maximum">For a number, the greatest value allowed, if any.</param>
/// <param name="DefaultBasis">What the default rests on when it is not the cited text's own number (this library's default, to confirm); absent when it is.</param>
public sealed record RuleParameter(string Name, string Description, ParameterKind Kind, string? DefaultValue, IReadOnlyList<string> Choices, decimal? Minimum, decimal? Maximum, Basis? DefaultBasis = null);
