using Lscp.Model.Serialization;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Client.Contracts;

/// <summary>
/// Check one meeting's quorum. Give either <see cref="Partnership"/> (a built-in id, such as <c>lewisham</c>) or
/// <see cref="Arrangements"/> (a partnership document), and the meeting.
/// </summary>
/// <param name="Partnership">A built-in partnership's id.</param>
/// <param name="Arrangements">A partnership document, instead of a built-in id.</param>
/// <param name="Meeting">The meeting, as in the records document.</param>
public sealed record QuorumRequest(string? Partnership, PartnershipDocument? Arrangements, MeetingDocument? Meeting);

/// <summary>The statutory clocks of an incident and/or yearly reports, assessed on a date.</summary>
/// <param name="Incident">A serious incident, as in the records document.</param>
/// <param name="YearlyReports">Yearly reports, as in the records document.</param>
/// <param name="AsOf">The date to assess on; the service's date (Europe/London) when omitted.</param>
/// <param name="Rulebook">Local parameter settings and suspensions over the service's rulebook (such as the rapid review's anchor), or null.</param>
public sealed record DeadlinesRequest(IncidentDocument? Incident, List<YearlyReportDocument>? YearlyReports, LocalDate? AsOf, RulebookDocument? Rulebook = null);

/// <summary>
/// Evaluate compliance: a partnership (built-in id or document), its records, the period (the financial year containing
/// <see cref="AsOf"/> when omitted) and the evaluation date (the service's date when omitted).
/// </summary>
/// <param name="Partnership">A built-in partnership's id.</param>
/// <param name="Arrangements">A partnership document, instead of a built-in id.</param>
/// <param name="Records">The records document.</param>
/// <param name="Period">The period, both ends inclusive.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Rulebook">Local parameter settings and suspensions over the service's rulebook, or null.</param>
public sealed record ComplianceRequest(string? Partnership, PartnershipDocument? Arrangements, RecordsDocument? Records, DateInterval? Period, LocalDate? AsOf, RulebookDocument? Rulebook = null);
