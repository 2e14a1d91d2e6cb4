using System.Collections.Immutable;

namespace Lscp.Model;

/// <summary>
/// A lead's delegation of functions to a senior officer (WT2018) or Delegated Safeguarding Partner (WT2023).
/// Functions may be delegated; accountability may not: the lead stays accountable for every act done under it.
/// </summary>
public sealed record Delegation
{
    /// <summary>Creates a delegation.</summary>
    /// <param name="id">A stable identifier.</param>
    /// <param name="partnerAgencyId">The statutory partner whose lead delegates.</param>
    /// <param name="delegatePostId">The post delegated to; it must belong to the same agency as the lead.</param>
    /// <param name="period">When the delegation is in force (both ends inclusive).</param>
    /// <param name="functions">What is delegated, as published (for example "full participation in the arrangements").</param>
    public Delegation(string id, string partnerAgencyId, string delegatePostId, EffectivePeriod period, IEnumerable<string> functions)
    {
        Guard.Against.Null(functions);
        Id = Guard.Against.InvalidId(id);
        PartnerAgencyId = Guard.Against.InvalidId(partnerAgencyId);
        DelegatePostId = Guard.Against.InvalidId(delegatePostId);
        Period = period;
        Functions = [.. functions.Select(f => Guard.Against.BlankText(f))];
        Guard.Against.BrokenInvariants(Check(id, Functions));
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(string id, IReadOnlyList<string> functions)
    {
        if (functions.Count == 0)
        {
            yield return new(nameof(functions), $"Delegation '{id}' delegates no functions.");
        }
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>The statutory partner whose lead delegates.</summary>
    public string PartnerAgencyId { get; }

    /// <summary>The post delegated to.</summary>
    public string DelegatePostId { get; }

    /// <summary>When the delegation is in force (both ends inclusive).</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The functions delegated.</summary>
    public ImmutableArray<string> Functions { get => _functions.Items; private init => _functions = value; }

    private readonly ValueArray<string> _functions;
}
