namespace Lscp.Contracts;

/// <summary>A value a rule reads that a partnership may set for itself.</summary>
/// <param name="Name">Its name, unique within its rule.</param>
/// <param name="Description">What it controls.</param>
/// <param name="Kind">Its kind of value.</param>
/// <param name="DefaultValue">The value used until a partnership sets another.</param>
/// <param name="Choices">For a choice, the allowed words; empty for a number.</param>
/// <param name="Minimum">For a number, the least value allowed, if any.</param>
/// <param name="Maximum">For a number, the greatest value allowed, if any.</param>
public sealed record RuleParameter(string Name, string Description, ParameterKind Kind, string DefaultValue, IReadOnlyList<string> Choices, decimal? Minimum, decimal? Maximum);
