using System.Collections.Immutable;

namespace Lscp.Model;

/// <summary>
/// A group in the arrangements: the executive, the partnership group, a subgroup, a task-and-finish group, a cross-borough
/// group or the support team, with its members, chair, cadence, quorum rule and the bodies it reports to.
/// </summary>
public sealed record Body
{
    /// <summary>Creates a body.</summary>
    /// <param name="id">A stable identifier, such as <c>executive</c>.</param>
    /// <param name="name">The name as published.</param>
    /// <param name="kind">What the body is.</param>
    /// <param name="period">When it exists (both ends inclusive); a task-and-finish group must have an end.</param>
    /// <param name="members">Its seats; no agency twice with the same representative role.</param>
    /// <param name="chair">How the chair is chosen, or null when the arrangements do not say.</param>
    /// <param name="cadence">How often it meets, or null when it meets as needed.</param>
    /// <param name="quorum">When a meeting is quorate, or null when the arrangements set no quorum.</param>
    /// <param name="reportsTo">The bodies it reports to, by id.</param>
    /// <param name="notes">Anything else published about it, such as who administers it.</param>
    /// <param name="basis">What its facts rest on when they are not simply published (see <see cref="BasisOf"/>); at most one per fact.</param>
    public Body(
        string id,
        string name,
        BodyKind kind,
        EffectivePeriod period,
        IEnumerable<Membership> members,
        ChairArrangement? chair = null,
        MeetingCadence? cadence = null,
        QuorumRule? quorum = null,
        IEnumerable<string>? reportsTo = null,
        string? notes = null,
        IEnumerable<FactBasis>? basis = null)
    {
        Guard.Against.Null(members);
        Id = Guard.Against.InvalidId(id);
        Name = Guard.Against.BlankText(name);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.BrokenInvariants(Check(id, kind, period));
        Kind = kind;
        Period = period;
        Members = [.. members];
        Chair = chair;
        Cadence = cadence;
        Quorum = quorum;
        ReportsTo = reportsTo is null ? [] : [.. reportsTo.Select(r => Guard.Against.InvalidId(r))];
        Notes = notes is null ? null : Guard.Against.BlankText(notes);
        Basis = basis is null ? [] : [.. basis];
        Guard.Against.BrokenInvariants(CheckBasis(Basis));
    }

    /// <summary>What its facts rest on when they are not simply published in the version's source.</summary>
    public ImmutableArray<FactBasis> Basis { get => _basis.Items; private init => _basis = value; }

    private readonly ValueArray<FactBasis> _basis;

    /// <summary>
    /// What <paramref name="fact"/> (one of <see cref="FactBasis.Facts"/>) rests on, or null when it is published in the
    /// version's source.
    /// </summary>
    public FactBasis? BasisOf(string fact)
    {
        foreach (var basis in Basis)
        {
            if (basis.Fact == fact)
            {
                return basis;
            }
        }

        return null;
    }

    /// <summary>The invariants a list of bases breaks: an unknown fact, a fact twice, no note.</summary>
    internal static IEnumerable<Invariant> CheckBasis(IReadOnlyList<FactBasis> basis)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < basis.Count; i++)
        {
            if (!FactBasis.Facts.Contains(basis[i].Fact))
            {
                yield return new($"basis[{i}].fact", $"'{Echo.Of(basis[i].Fact)}' is not a fact a basis can be given for; use one of {string.Join(", ", FactBasis.Facts)}.");
            }
            else if (!seen.Add(basis[i].Fact))
            {
                yield return new($"basis[{i}].fact", $"the basis of '{basis[i].Fact}' is given twice.");
            }

            if (string.IsNullOrWhiteSpace(basis[i].Note))
            {
                yield return new($"basis[{i}].note", "is required: the source, the reasoning, or what to confirm.");
            }
        }
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(string id, BodyKind kind, EffectivePeriod period)
    {
        if (kind == BodyKind.TaskAndFinishGroup && period.IsOpenEnded)
        {
            yield return new(nameof(period), $"Task-and-finish group '{id}' has no end date; a task-and-finish group is time-limited.");
        }
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>The name as published.</summary>
    public string Name { get; }

    /// <summary>What the body is.</summary>
    public BodyKind Kind { get; }

    /// <summary>When it exists (both ends inclusive).</summary>
    public EffectivePeriod Period { get; }

    /// <summary>Its seats.</summary>
    public ImmutableArray<Membership> Members { get => _members.Items; private init => _members = value; }

    private readonly ValueArray<Membership> _members;

    /// <summary>How the chair is chosen, or null when not published.</summary>
    public ChairArrangement? Chair { get; }

    /// <summary>How often it meets, or null when it meets as needed.</summary>
    public MeetingCadence? Cadence { get; }

    /// <summary>When a meeting is quorate, or null when no quorum is set.</summary>
    public QuorumRule? Quorum { get; }

    /// <summary>The bodies it reports to, by id.</summary>
    public ImmutableArray<string> ReportsTo { get => _reportsTo.Items; private init => _reportsTo = value; }

    private readonly ValueArray<string> _reportsTo;

    /// <summary>Anything else published about it.</summary>
    public string? Notes { get; }
}
