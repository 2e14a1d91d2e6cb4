using System.Text.Json;
using Lscp.Model;

namespace Lscp.Rules.Catalogue;

/// <summary>
/// A choice a rule reads, typed by an enum declared with the rule: the allowed words are the enum's names in camelCase
/// (<c>April</c> is written <c>april</c>, as the wire writes every enum), so a rule compares enum values, never words.
/// </summary>
/// <typeparam name="TChoice">The enum of the choices, in the order the catalogue lists them.</typeparam>
internal sealed class ChoiceParameter<TChoice>
    where TChoice : struct, Enum
{
    /// <summary>Creates the parameter with <paramref name="defaultValue"/> used until a partnership sets another.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="description">What it controls.</param>
    /// <param name="defaultValue">The choice used until a partnership sets another.</param>
    /// <param name="assumed">Null when the default is the cited text's own; otherwise why this library assumes it, to confirm.</param>
    public ChoiceParameter(string name, string description, TChoice defaultValue, string? assumed = null)
    {
        Parameter = new(name, description, ParameterKind.Choice, WordOf(defaultValue), [.. Values.Select(WordOf)],
            defaultBasis: assumed is null ? null : new FactBasis(name, Provenance.Default, assumed));
    }

    /// <summary>The parameter as the catalogue describes it.</summary>
    public RuleParameter Parameter { get; }

    /// <summary>Its name, as rulebook documents write it.</summary>
    public string Name => Parameter.Name;

    /// <summary>The choice a word names (the rulebook has already checked it is one of <see cref="RuleParameter.Choices"/>).</summary>
    public TChoice Read(string word) =>
        ByWord.TryGetValue(word, out var value) ? value : throw new ArgumentOutOfRangeException(nameof(word), word, $"Not a choice of {Name}.");

    private static readonly TChoice[] Values = Enum.GetValues<TChoice>();

    /// <summary>Each choice by its word, worked out once per enum: rules read their choices on every evaluation.</summary>
    private static readonly Dictionary<string, TChoice> ByWord = Values.ToDictionary(WordOf, StringComparer.Ordinal);

    /// <summary>A choice's word: its name in camelCase.</summary>
    private static string WordOf(TChoice value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
