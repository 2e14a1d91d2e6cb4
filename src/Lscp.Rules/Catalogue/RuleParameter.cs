using System.Collections.Immutable;
using System.Globalization;

namespace Lscp.Rules.Catalogue;

/// <summary>A value a rule reads that a partnership may set for itself, with the default used until it does.</summary>
public sealed record RuleParameter
{
    /// <summary>Creates a parameter.</summary>
    public RuleParameter(string name, string description, ParameterKind kind, string defaultValue, ImmutableArray<string> choices = default, decimal? minimum = null, decimal? maximum = null)
    {
        Name = Guard.Against.BlankText(name);
        Description = Guard.Against.BlankText(description);
        Kind = kind;
        Choices = choices.IsDefault ? [] : choices;
        Minimum = minimum;
        Maximum = maximum;
        Guard.Against.Unmet(Validate(defaultValue) is null, $"The default of '{name}' is invalid: {Validate(defaultValue)}", parameterName: nameof(defaultValue));
        DefaultValue = defaultValue;
    }

    /// <summary>The parameter's name, unique within its rule.</summary>
    public string Name { get; }

    /// <summary>What it controls.</summary>
    public string Description { get; }

    /// <summary>Its kind of value.</summary>
    public ParameterKind Kind { get; }

    /// <summary>The value used until a partnership sets another.</summary>
    public string DefaultValue { get; }

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
