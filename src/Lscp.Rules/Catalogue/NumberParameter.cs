using System.Globalization;

using Lscp.Model;

namespace Lscp.Rules.Catalogue;

/// <summary>
/// A number a rule reads, declared in the rule's own file: its name is written once, here, so the rule cannot misspell it,
/// and its catalogue description (<see cref="Parameter"/>) is made from the same declaration.
/// </summary>
/// <param name="name">Its name.</param>
/// <param name="description">What it controls.</param>
/// <param name="defaultValue">The value used until a partnership sets another; null when the rule is off until then.</param>
/// <param name="minimum">The least value allowed.</param>
/// <param name="maximum">The greatest value allowed.</param>
/// <param name="assumed">
/// Null when the default is the cited text's own number; otherwise why this library assumes it, for the partnership to
/// confirm (a finding that uses the default lists it to confirm).
/// </param>
internal sealed class NumberParameter(string name, string description, decimal? defaultValue, decimal minimum, decimal maximum, string? assumed = null)
{
    /// <summary>The parameter as the catalogue describes it.</summary>
    public RuleParameter Parameter { get; } = new(name, description, ParameterKind.Number, defaultValue?.ToString(CultureInfo.InvariantCulture), minimum: minimum, maximum: maximum,
        defaultBasis: assumed is null ? null : new FactBasis(name, Provenance.Default, assumed));

    /// <summary>Its name, as rulebook documents write it.</summary>
    public string Name => Parameter.Name;
}
