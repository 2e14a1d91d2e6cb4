using System.Collections.Immutable;

namespace Lscp.Rules.Governance;

/// <summary>Whether a meeting was quorate, and if not exactly what was missing.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="Outcome">Quorate, not quorate, or no rule (the body sets no quorum: neither quorate nor inquorate).</param>
/// <param name="Missing">What was missing, one line each, such as "no police representative (Metropolitan Police Service)".</param>
/// <param name="CoreMembersPresent">Core seats filled (in person or by a deputy that counts).</param>
/// <param name="CoreMembers">Core seats on the body.</param>
/// <param name="AgenciesPresent">Distinct member agencies present.</param>
/// <param name="Explanation">The answer in a sentence.</param>
public sealed record QuorumResult(string MeetingId, QuorumOutcome Outcome, ImmutableArray<string> Missing, int CoreMembersPresent, int CoreMembers, int AgenciesPresent, string Explanation)
{
    /// <summary>What was missing, one line each, such as "no police representative (Metropolitan Police Service)" (compared item by item).</summary>
    public ImmutableArray<string> Missing { get => _missing.Items; init => _missing = value; }

    private readonly ValueArray<string> _missing = Missing;
}
