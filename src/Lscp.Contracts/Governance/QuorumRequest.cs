using Lscp.Contracts.Documents;

namespace Lscp.Contracts;

/// <summary>Check one meeting's quorum: give exactly one of <see cref="Partnership"/> or <see cref="Arrangements"/>, and the meeting.</summary>
/// <param name="Partnership">A served partnership's id, such as <c>lewisham</c>.</param>
/// <param name="Arrangements">A partnership document, instead of a served id.</param>
/// <param name="Meeting">The meeting, as in the records document.</param>
public sealed record QuorumRequest(string? Partnership, PartnershipDocument? Arrangements, MeetingDocument? Meeting);
