using Lscp.Model;
using System.Collections.Immutable;

namespace Lscp.Rules.Governance;

/// <summary>Whether a meeting was quorate, and if not exactly what was missing.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="Outcome">Quorate, not quorate, or no rule (the body sets no quorum: neither quorate nor inquorate).</param>
/// <param name="Missing">What was missing, one line each, such as "no police representative (Metropolitan Police)".</param>
/// <param name="CoreMembersPresent">Core seats filled (in person or by a deputy that counts).</param>
/// <param name="CoreMembers">Core seats on the body.</param>
/// <param name="AgenciesPresent">Distinct member agencies present.</param>
/// <param name="Explanation">The answer in a sentence; it says so when the rule rests on an inference or a default.</param>
/// <param name="Basis">What the body's quorum rule rests on when it is not simply published; null when it is, or when there is no rule.</param>
public sealed record QuorumResult(string MeetingId, QuorumOutcome Outcome, ImmutableArray<string> Missing, int CoreMembersPresent, int CoreMembers, int AgenciesPresent, string Explanation, FactBasis? Basis = null)
{
    /// <summary>What was missing, one line each, such as "no police representative (Metropolitan Police)" (compared item by item).</summary>
    public ImmutableArray<string> Missing { get => _missing.Items; init => _missing = value; }

    private readonly ValueArray<string> _missing = Missing;
}
