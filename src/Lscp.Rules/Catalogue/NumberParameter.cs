using System.Globalization;

namespace Lscp.Rules.Catalogue;

/// <summary>
/// A number a rule reads, declared in the rule's own file: its name is written once, here, so the rule cannot misspell it,
/// and its catalogue description (<see cref="Parameter"/>) is made from the same declaration.
/// </summary>
internal sealed class NumberParameter(string name, string description, decimal defaultValue, decimal minimum, decimal maximum)
{
    /// <summary>The parameter as the catalogue describes it.</summary>
    public RuleParameter Parameter { get; } = new(name, description, ParameterKind.Number, defaultValue.ToString(CultureInfo.InvariantCulture), minimum: minimum, maximum: maximum);

    /// <summary>Its name, as rulebook documents write it.</summary>
    public string Name => Parameter.Name;
}
