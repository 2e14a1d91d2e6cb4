using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Compliance;

/// <summary>What a rule found: which rule, how serious, about what, when, in words, why (citation), and from which facts.</summary>
/// <param name="RuleId">The rule, such as <c>GOV-QUORUM-01</c>.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Subject">What it is about, as kind and id: <c>meeting:executive-2024-05-14</c>, <c>body:executive</c>, <c>agency:met-police</c>.</param>
/// <param name="From">The first day it concerns.</param>
/// <param name="To">The last day it concerns (inclusive; the same as <paramref name="From"/> for a single day).</param>
/// <param name="Message">The finding in a sentence.</param>
/// <param name="Citation">The rule's source.</param>
/// <param name="Facts">The facts it used.</param>
public sealed record Finding(string RuleId, Severity Severity, Subject Subject, LocalDate From, LocalDate To, string Message, Citation Citation, ImmutableArray<Fact> Facts)
{
    /// <summary>The facts it used (compared item by item).</summary>
    public ImmutableArray<Fact> Facts { get => _facts.Items; init => _facts = value; }

    private readonly ValueArray<Fact> _facts = Facts;

    /// <summary>
    /// What the finding rests on that is not published: a fact of the arrangements that is inferred or a default, or a rule
    /// parameter at this library's default. Empty when it rests only on published facts and the records: only such a finding
    /// counts towards the verdict; the others are listed to confirm (compared item by item).
    /// </summary>
    public ImmutableArray<FactBasis> Basis { get => _basis.Items; init => _basis = value; }

    private readonly ValueArray<FactBasis> _basis = ImmutableArray<FactBasis>.Empty;

    /// <summary>True when the finding rests only on published facts and the records (<see cref="Basis"/> is empty), so counts towards the verdict.</summary>
    public bool IsConfirmed => Basis.IsEmpty;
}
