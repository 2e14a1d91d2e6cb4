using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Compliance;

/// <summary>
/// Something a rule asks to be done that is still open on the date asked: what must happen, and the latest day it can still
/// be done in time. A clock of the records (the Panel told, a rapid review sent, a review published...) or a body's next
/// meeting (its cadence window, the longest gap allowed).
/// </summary>
/// <param name="RuleId">The rule that asks it.</param>
/// <param name="Title">The rule's title, with the parameters in force.</param>
/// <param name="Citation">The rule's source.</param>
/// <param name="Subject">What it is about: a body, an incident, a yearly report...</param>
/// <param name="Action">What must happen, in a sentence.</param>
/// <param name="LatestOn">The latest day it can be done in time, that day included (for an overdue one, the day it was due).</param>
/// <param name="Overdue">True when that day has passed and it is still not done.</param>
/// <param name="Facts">The values it was worked out from, by name.</param>
public sealed record Obligation(string RuleId, string Title, Citation Citation, Subject Subject, string Action, LocalDate LatestOn, bool Overdue, ImmutableArray<Fact> Facts)
{
    /// <summary>The values it was worked out from (compared item by item).</summary>
    public ImmutableArray<Fact> Facts { get => _facts.Items; init => _facts = value; }

    private readonly ValueArray<Fact> _facts = Facts;

    /// <summary>What it rests on that is not published (an inferred cadence, a default tolerance): to confirm. Empty when published.</summary>
    public ImmutableArray<FactBasis> Basis { get => _basis.Items; init => _basis = value; }

    private readonly ValueArray<FactBasis> _basis = ImmutableArray<FactBasis>.Empty;
}
