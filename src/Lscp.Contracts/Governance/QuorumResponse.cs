namespace Lscp.Contracts;

/// <summary>Whether a meeting was quorate, and if not exactly what was missing.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="Outcome">quorate, notQuorate, or noRule (the body sets no quorum: neither quorate nor inquorate).</param>
/// <param name="Missing">What was missing, one line each.</param>
/// <param name="CoreMembersPresent">Core seats filled (in person, or by a deputy that counts).</param>
/// <param name="CoreMembers">Core seats on the body.</param>
/// <param name="AgenciesPresent">Distinct member agencies present.</param>
/// <param name="Explanation">The answer in a sentence.</param>
/// <param name="Basis">What the answer rests on when the quorum rule is not simply published; absent when it is.</param>
public sealed record QuorumResponse(string MeetingId, QuorumOutcome Outcome, IReadOnlyList<string> Missing, int CoreMembersPresent, int CoreMembers, int AgenciesPresent, string Explanation, Basis? Basis = null);
