using System.Collections.Immutable;
using Lscp.Model;

namespace Lscp.Rules.Catalogue;

/// <summary>One rule of the catalogue: its stable id, what it checks, where it comes from, when it applies, and its parameters.</summary>
/// <param name="Id">A stable id such as <c>GOV-QUORUM-01</c>; the rule's source file carries the same name.</param>
/// <param name="TitleTemplate">
/// What the rule checks, in a line, with each number a partnership may set written as its parameter's name in braces
/// (<c>within {workingDays} working days</c>); <see cref="Title"/> fills in the defaults, and
/// <see cref="Rulebook.TitleOf(string, NodaTime.LocalDate)"/> the values in force on a date.
/// </param>
/// <param name="Area">Its family.</param>
/// <param name="Citation">Its source and our confidence in it.</param>
/// <param name="AppliesDuring">When the rule is law or practice (both ends inclusive).</param>
/// <param name="Parameters">Values a partnership may set.</param>
public sealed record RuleDefinition(string Id, string TitleTemplate, RuleArea Area, Citation Citation, EffectivePeriod AppliesDuring, ImmutableArray<RuleParameter> Parameters)
{
    /// <summary>What the rule checks, in a line, with the defaults of its parameters (a parameter with none reads "(not set)").</summary>
    public string Title
    {
        get
        {
            var title = TitleTemplate;
            foreach (var parameter in Parameters)
            {
                title = title.Replace("{" + parameter.Name + "}", parameter.DefaultValue ?? "(not set)", StringComparison.Ordinal);
            }

            return title;
        }
    }

    /// <summary>Values a partnership may set (compared item by item).</summary>
    public ImmutableArray<RuleParameter> Parameters { get => _parameters.Items; init => _parameters = value; }

    /// <summary>
    /// For a duty one edition of Working Together created, that edition: a <see cref="GuidanceEdition.WorkingTogether2023"/>
    /// duty applies to a partnership from the day it published arrangements following that edition, and from 1 January
    /// 2025 at the latest (partnerships had until the end of December 2024), never before <see cref="AppliesDuring"/> starts.
    /// Null for a duty of the law, or of every edition alike.
    /// </summary>
    public GuidanceEdition? Edition { get; init; }

    private readonly ValueArray<RuleParameter> _parameters = Parameters;

    /// <summary>The parameter called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The rule has no such parameter; the message lists those it has.</exception>
    public RuleParameter Parameter(string name) =>
        FindParameter(name) ?? throw new KeyNotFoundException(NoSuchParameter(name));

    /// <summary>The parameter called <paramref name="name"/>, or null when the rule has none by that name.</summary>
    public RuleParameter? FindParameter(string name)
    {
        foreach (var parameter in Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="name"/> names no parameter of this rule, listing those it has.</summary>
    internal string NoSuchParameter(string name) =>
        $"Rule {Id} has no parameter '{Echo.Of(name)}'; it has {(Parameters.IsEmpty ? "none" : string.Join(", ", Parameters.Select(p => p.Name)))}.";
}
