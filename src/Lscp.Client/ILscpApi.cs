using Lscp.Contracts;
using NodaTime;
using Refit;

namespace Lscp.Client;

/// <summary>
/// The Lscp REST service, one method per operation of its OpenAPI document. Dates travel as ISO <c>yyyy-MM-dd</c>. A non-2xx
/// answer throws <see cref="LscpApiException"/>, whose <see cref="LscpApiException.Problem"/> names each field and problem.
/// Get one with <see cref="LscpClientServiceCollectionExtensions.AddLscpClient"/>, or <see cref="LscpClientFactory.Create(HttpClient)"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Refit names each query parameter after its method parameter: 'date', 'end' and 'to' are the REST API's own query names.")]
public interface ILscpApi
{
    /// <summary>The service's health and the versions it answers from.</summary>
    [Get("/health")]
    Task<HealthResponse> GetHealthAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="date"/> is a working day in England and Wales.</summary>
    [Get("/v1/calendar/working-days/{date}")]
    Task<WorkingDayResponse> IsWorkingDayAsync(LocalDate date, CancellationToken cancellationToken = default);

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="date"/> (the anchor is day 0).</summary>
    [Get("/v1/calendar/add")]
    Task<AddWorkingDaysResponse> AddWorkingDaysAsync(LocalDate date, int workingDays, CancellationToken cancellationToken = default);

    /// <summary>The working days after <paramref name="start"/> up to and including <paramref name="end"/>.</summary>
    [Get("/v1/calendar/between")]
    Task<WorkingDaysBetweenResponse> WorkingDaysBetweenAsync(LocalDate start, LocalDate end, CancellationToken cancellationToken = default);

    /// <summary>The bank holidays of <paramref name="year"/>.</summary>
    [Get("/v1/calendar/bank-holidays/{year}")]
    Task<BankHolidaysResponse> GetBankHolidaysAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>The partnerships the service answers for.</summary>
    [Get("/v1/partnerships")]
    Task<IReadOnlyList<PartnershipSummary>> ListPartnershipsAsync(CancellationToken cancellationToken = default);

    /// <summary>The arrangements of partnership <paramref name="id"/> in force on <paramref name="date"/>.</summary>
    [Get("/v1/partnerships/{id}/arrangements")]
    Task<ArrangementsResponse> GetArrangementsAsync(string id, LocalDate date, CancellationToken cancellationToken = default);

    /// <summary>The relevant agencies register of partnership <paramref name="id"/> on <paramref name="date"/>, with each agency's place in the Schedule of SI 2018/789.</summary>
    [Get("/v1/partnerships/{id}/relevant-agencies")]
    Task<RelevantAgenciesResponse> GetRelevantAgenciesAsync(string id, LocalDate date, CancellationToken cancellationToken = default);

    /// <summary>The child death review partners of partnership <paramref name="id"/> on <paramref name="date"/>.</summary>
    [Get("/v1/partnerships/{id}/child-death-review-partners")]
    Task<ChildDeathReviewPartnersResponse> GetChildDeathReviewPartnersAsync(string id, LocalDate date, CancellationToken cancellationToken = default);

    /// <summary>Who chairs body <paramref name="bodyId"/> of partnership <paramref name="id"/> on <paramref name="date"/>.</summary>
    [Get("/v1/partnerships/{id}/bodies/{bodyId}/chair")]
    Task<ChairResponse> GetChairAsync(string id, string bodyId, LocalDate date, CancellationToken cancellationToken = default);

    /// <summary>The chair of each rotation year starting in the calendar years <paramref name="from"/> to <paramref name="to"/>.</summary>
    [Get("/v1/partnerships/{id}/bodies/{bodyId}/rotation")]
    Task<IReadOnlyList<ChairResponse>> GetRotationScheduleAsync(string id, string bodyId, int from, int to, CancellationToken cancellationToken = default);

    /// <summary>The meetings a body's cadence asks for in the reporting year starting in <paramref name="year"/>.</summary>
    /// <param name="id">The partnership.</param>
    /// <param name="bodyId">The body.</param>
    /// <param name="year">The calendar year the reporting year starts in.</param>
    /// <param name="yearStarts"><c>april</c> (the default when null) or <c>january</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/v1/partnerships/{id}/bodies/{bodyId}/schedule")]
    Task<IReadOnlyList<ExpectedMeeting>> GetMeetingScheduleAsync(string id, string bodyId, int year, string? yearStarts = null, CancellationToken cancellationToken = default);

    /// <summary>The same schedule as iCalendar (RFC 5545) text.</summary>
    /// <param name="id">The partnership.</param>
    /// <param name="bodyId">The body.</param>
    /// <param name="year">The calendar year the reporting year starts in.</param>
    /// <param name="yearStarts"><c>april</c> (the default when null) or <c>january</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/v1/partnerships/{id}/bodies/{bodyId}/schedule.ics")]
    Task<string> GetMeetingScheduleIcsAsync(string id, string bodyId, int year, string? yearStarts = null, CancellationToken cancellationToken = default);

    /// <summary>Who is accountable for an act on <paramref name="date"/>: give a <paramref name="person"/>'s name or a <paramref name="post"/> id, not both.</summary>
    /// <param name="id">The partnership.</param>
    /// <param name="date">The day of the act.</param>
    /// <param name="person">The person who acted (any case); or null with <paramref name="post"/>.</param>
    /// <param name="post">The post acted in; or null with <paramref name="person"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/v1/partnerships/{id}/accountability")]
    Task<IReadOnlyList<AccountabilityChain>> GetAccountabilityAsync(string id, LocalDate date, string? person = null, string? post = null, CancellationToken cancellationToken = default);

    /// <summary>Whether a meeting was quorate, and what was missing.</summary>
    [Post("/v1/quorum")]
    Task<QuorumResponse> CheckQuorumAsync([Body] QuorumRequest request, CancellationToken cancellationToken = default);

    /// <summary>The statutory clocks of an incident and/or yearly reports.</summary>
    [Post("/v1/deadlines")]
    Task<DeadlinesResponse> GetDeadlinesAsync([Body] DeadlinesRequest request, CancellationToken cancellationToken = default);

    /// <summary>The compliance report of a partnership for a period.</summary>
    [Post("/v1/compliance")]
    Task<ComplianceResponse> EvaluateComplianceAsync([Body] ComplianceRequest request, CancellationToken cancellationToken = default);

    /// <summary>What is due, and when: every obligation open on the date or falling due within the horizon, by the latest day it can still be met.</summary>
    [Post("/v1/obligations")]
    Task<ObligationsResponse> GetObligationsAsync([Body] ObligationsRequest request, CancellationToken cancellationToken = default);

    /// <summary>The same list as an iCalendar file: one all-day event on each obligation's latest day.</summary>
    [Post("/v1/obligations.ics")]
    Task<string> GetObligationsIcsAsync([Body] ObligationsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every rule with its citation, dates and parameters.</summary>
    [Get("/v1/rules")]
    Task<IReadOnlyList<RuleDefinition>> ListRulesAsync(CancellationToken cancellationToken = default);

    /// <summary>The compliance report of a scenario file, sent as the YAML (or JSON) text the scenario runner reads; an error names its path and line.</summary>
    /// <param name="scenario">The file's text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/scenarios")]
    [Headers("Content-Type: application/yaml; charset=utf-8")]
    Task<ScenarioResponse> CheckScenarioAsync([Body] string scenario, CancellationToken cancellationToken = default);

    /// <summary>What is due on a scenario file's date (its <c>asOf</c>), for the next <paramref name="horizonDays"/> days (1 to 366, 90 when null).</summary>
    /// <param name="scenario">The file's text, YAML or JSON.</param>
    /// <param name="horizonDays">How many days ahead to look.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/scenarios/due")]
    [Headers("Content-Type: application/yaml; charset=utf-8")]
    Task<ObligationsResponse> GetScenarioObligationsAsync([Body] string scenario, int? horizonDays = null, CancellationToken cancellationToken = default);

    /// <summary>The same list as an iCalendar file.</summary>
    /// <param name="scenario">The file's text, YAML or JSON.</param>
    /// <param name="horizonDays">How many days ahead to look.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/scenarios/due.ics")]
    [Headers("Content-Type: application/yaml; charset=utf-8")]
    Task<string> GetScenarioObligationsIcsAsync([Body] string scenario, int? horizonDays = null, CancellationToken cancellationToken = default);

    /// <summary>Tables as one spreadsheet (.xlsx), a sheet each: the stream of the file, for the caller to read and dispose.</summary>
    /// <param name="request">The sheets, each with its name, columns and rows.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/workbooks")]
    Task<Stream> WriteWorkbookAsync([Body] WorkbookRequest request, CancellationToken cancellationToken = default);
}
