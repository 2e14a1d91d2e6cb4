using System.Collections.Immutable;
using System.Globalization;

using Lscp.Model;

namespace Lscp.Rules.Catalogue;

/// <summary>
/// A value a rule reads that a partnership may set for itself, with the default used until it does and what that default
/// rests on: the cited text's own number (published), or this library's assumption for the partnership to confirm. A
/// parameter with no default leaves its rule off until the partnership sets a value.
/// </summary>
public sealed record RuleParameter
{
    /// <summary>Creates a parameter.</summary>
    /// <param name="name">Its name, unique within its rule.</param>
    /// <param name="description">What it controls.</param>
    /// <param name="kind">Its kind of value.</param>
    /// <param name="defaultValue">The value used until a partnership sets another; null when the rule is off until then.</param>
    /// <param name="choices">For a choice, the allowed words.</param>
    /// <param name="minimum">For a number, the least value allowed.</param>
    /// <param name="maximum">For a number, the greatest value allowed.</param>
    /// <param name="defaultBasis">What the default rests on; null when it is the cited text's own (published).</param>
    public RuleParameter(string name, string description, ParameterKind kind, string? defaultValue, ImmutableArray<string> choices = default, decimal? minimum = null, decimal? maximum = null, FactBasis? defaultBasis = null)
    {
        Name = Guard.Against.BlankText(name);
        Description = Guard.Against.BlankText(description);
        Kind = kind;
        Choices = choices.IsDefault ? [] : choices;
        Minimum = minimum;
        Maximum = maximum;
        Guard.Against.Unmet(defaultValue is null || Validate(defaultValue) is null, $"The default of '{name}' is invalid: {Validate(defaultValue)}", parameterName: nameof(defaultValue));
        DefaultValue = defaultValue;
        DefaultBasis = defaultBasis is { Provenance: Provenance.Published } ? null : defaultBasis;
    }

    /// <summary>
    /// What <see cref="DefaultValue"/> rests on when it is not the cited text's own number: an inference, or this library's
    /// default for the partnership to confirm. A finding that uses the default then lists it to confirm.
    /// </summary>
    public FactBasis? DefaultBasis { get; }

    /// <summary>The parameter's name, unique within its rule.</summary>
    public string Name { get; }

    /// <summary>What it controls.</summary>
    public string Description { get; }

    /// <summary>Its kind of value.</summary>
    public ParameterKind Kind { get; }

    /// <summary>The value used until a partnership sets another; null when the rule is off until then.</summary>
    public string? DefaultValue { get; }

    /// <summary>For a <see cref="ParameterKind.Choice"/>, the allowed words.</summary>
    public ImmutableArray<string> Choices { get => _choices.Items; private init => _choices = value; }

    private readonly ValueArray<string> _choices;

    /// <summary>For a number, the least value allowed, if any.</summary>
    public decimal? Minimum { get; }

    /// <summary>For a number, the greatest value allowed, if any.</summary>
    public decimal? Maximum { get; }

    /// <summary>Null when <paramref name="value"/> is valid for this parameter; otherwise what is wrong with it.</summary>
    public string? Validate(string? value)
    {
        if (value is null)
        {
            return "a value is required.";
        }

        if (Kind == ParameterKind.Choice)
        {
            return Choices.Contains(value) ? null : $"'{Echo.Of(value)}' is not one of {string.Join(", ", Choices)}.";
        }

        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return $"'{Echo.Of(value)}' is not a number.";
        }

        return number < Minimum ? $"{value} is below the minimum, {Minimum}."
            : number > Maximum ? $"{value} is above the maximum, {Maximum}."
            : null;
    }
}
