using Lscp.Contracts.Documents;
using NodaTime;

namespace Lscp.Contracts;

/// <summary>The statutory clocks of an incident and/or yearly reports, assessed on a date.</summary>
/// <param name="Incident">A serious incident, as in the records document.</param>
/// <param name="YearlyReports">Yearly reports, as in the records document.</param>
/// <param name="AsOf">The date to assess on; the service's date (Europe/London) when absent.</param>
/// <param name="Rulebook">Local parameter settings and suspensions over the service's rulebook.</param>
public sealed record DeadlinesRequest(IncidentDocument? Incident, IReadOnlyList<YearlyReportDocument>? YearlyReports, LocalDate? AsOf, RulebookDocument? Rulebook = null);
