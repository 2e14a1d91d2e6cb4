using NodaTime;

namespace Lscp.Contracts;

/// <summary>The relevant agencies register on a date: the agencies the arrangements in force name, each with its place in the Schedule of SI 2018/789.</summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="Date">The date asked about.</param>
/// <param name="ScheduleSource">The regulations the Schedule paragraphs refer to.</param>
/// <param name="Agencies">The register, in the order the arrangements list the agencies.</param>
/// <param name="Ceased">Agencies the arrangements still name that had ceased by the date; not on the register.</param>
public sealed record RelevantAgenciesResponse(string PartnershipId, LocalDate Date, string ScheduleSource, IReadOnlyList<RelevantAgency> Agencies, IReadOnlyList<CeasedAgency> Ceased);
