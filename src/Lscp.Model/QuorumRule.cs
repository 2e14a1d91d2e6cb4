namespace Lscp.Model;

/// <summary>
/// When a meeting of a body is quorate. Every condition set must hold. The common rule is
/// <see cref="RequireAllStatutoryPartners"/> alone; others add a head count or an agency count
/// ("8 members from 4 agencies including the chair").
/// </summary>
public sealed record QuorumRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="requireAllStatutoryPartners">Each statutory partner must be represented (by its lead, its delegate, or a deputy that counts).</param>
    /// <param name="minimumMembers">Core members present (in person or by a deputy that counts); 0 for no head count.</param>
    /// <param name="minimumAgencies">Distinct member agencies present; 0 for no agency count.</param>
    /// <param name="chairMustBePresent">The chair (or a recorded deputy chair) must be present.</param>
    public QuorumRule(bool requireAllStatutoryPartners = true, int minimumMembers = 0, int minimumAgencies = 0, bool chairMustBePresent = false)
    {
        Guard.Against.BrokenInvariants(Check(minimumMembers, minimumAgencies));
        RequireAllStatutoryPartners = requireAllStatutoryPartners;
        MinimumMembers = minimumMembers;
        MinimumAgencies = minimumAgencies;
        ChairMustBePresent = chairMustBePresent;
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(int minimumMembers, int minimumAgencies)
    {
        if (minimumMembers < 0)
        {
            yield return new(nameof(minimumMembers), $"must be 0 or more, not {minimumMembers}.");
        }

        if (minimumAgencies < 0)
        {
            yield return new(nameof(minimumAgencies), $"must be 0 or more, not {minimumAgencies}.");
        }
    }

    /// <summary>Each statutory partner must be represented.</summary>
    public bool RequireAllStatutoryPartners { get; }

    /// <summary>Core members present, at least; 0 for none.</summary>
    public int MinimumMembers { get; }

    /// <summary>Distinct member agencies present, at least; 0 for none.</summary>
    public int MinimumAgencies { get; }

    /// <summary>The chair must be present.</summary>
    public bool ChairMustBePresent { get; }
}
