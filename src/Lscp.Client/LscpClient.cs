using System.Collections.Immutable;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lscp.Client.Contracts;
using Lscp.Model.Records;
using Lscp.Model.Serialization;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using NodaTime;
using NodaTime.Text;

namespace Lscp.Client;

/// <summary>
/// The typed client of the Lscp facade: one method per endpoint, the same contracts and JSON context as the service.
/// A non-2xx answer throws <see cref="LscpApiException"/> carrying the problem details. Register with
/// <see cref="LscpClientServiceCollectionExtensions.AddLscpClient"/>, or construct over an <see cref="HttpClient"/> whose
/// <see cref="HttpClient.BaseAddress"/> is the service.
/// </summary>
public sealed class LscpClient(HttpClient http)
{
    private readonly HttpClient _http = http ?? throw new ArgumentNullException(nameof(http));

    /// <summary>The service's health and the versions it answers from.</summary>
    [LscpRoute("GET", "/health")]
    public Task<HealthResponse> GetHealthAsync(CancellationToken cancellationToken = default) =>
        GetAsync("health", LscpJsonContext.Default.HealthResponse, cancellationToken);

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    [LscpRoute("GET", "/v1/calendar/working-days/{date}")]
    public Task<WorkingDayResponse> IsWorkingDayAsync(LocalDate date, CancellationToken cancellationToken = default) =>
        GetAsync($"v1/calendar/working-days/{Iso(date)}", LscpJsonContext.Default.WorkingDayResponse, cancellationToken);

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="date"/> (day 0).</summary>
    [LscpRoute("GET", "/v1/calendar/add")]
    public Task<AddWorkingDaysResponse> AddWorkingDaysAsync(LocalDate date, int workingDays, CancellationToken cancellationToken = default) =>
        GetAsync($"v1/calendar/add?date={Iso(date)}&workingDays={workingDays.ToString(CultureInfo.InvariantCulture)}", LscpJsonContext.Default.AddWorkingDaysResponse, cancellationToken);

    /// <summary>The working days after <paramref name="startExclusive"/> up to and including <paramref name="endInclusive"/>.</summary>
    [LscpRoute("GET", "/v1/calendar/between")]
    public Task<WorkingDaysBetweenResponse> WorkingDaysBetweenAsync(LocalDate startExclusive, LocalDate endInclusive, CancellationToken cancellationToken = default) =>
        GetAsync($"v1/calendar/between?start={Iso(startExclusive)}&end={Iso(endInclusive)}", LscpJsonContext.Default.WorkingDaysBetweenResponse, cancellationToken);

    /// <summary>The bank holidays of <paramref name="year"/>.</summary>
    [LscpRoute("GET", "/v1/calendar/bank-holidays/{year}")]
    public Task<BankHolidaysResponse> GetBankHolidaysAsync(int year, CancellationToken cancellationToken = default) =>
        GetAsync($"v1/calendar/bank-holidays/{year.ToString(CultureInfo.InvariantCulture)}", LscpJsonContext.Default.BankHolidaysResponse, cancellationToken);

    /// <summary>The partnerships the service answers for.</summary>
    [LscpRoute("GET", "/v1/partnerships")]
    public Task<ImmutableArray<PartnershipSummary>> ListPartnershipsAsync(CancellationToken cancellationToken = default) =>
        GetAsync("v1/partnerships", LscpJsonContext.Default.ImmutableArrayPartnershipSummary, cancellationToken);

    /// <summary>The arrangements of partnership <paramref name="id"/> in force on <paramref name="date"/>.</summary>
    [LscpRoute("GET", "/v1/partnerships/{id}/arrangements")]
    public Task<ArrangementsResponse> GetArrangementsAsync(string id, LocalDate date, CancellationToken cancellationToken = default) =>
        GetAsync($"v1/partnerships/{Escape(id)}/arrangements?date={Iso(date)}", LscpJsonContext.Default.ArrangementsResponse, cancellationToken);

    /// <summary>Who chairs body <paramref name="bodyId"/> of partnership <paramref name="id"/> on <paramref name="date"/>.</summary>
    [LscpRoute("GET", "/v1/partnerships/{id}/bodies/{bodyId}/chair")]
    public Task<ChairAssignment> GetChairAsync(string id, string bodyId, LocalDate date, CancellationToken cancellationToken = default) =>
        GetAsync($"v1/partnerships/{Escape(id)}/bodies/{Escape(bodyId)}/chair?date={Iso(date)}", LscpJsonContext.Default.ChairAssignment, cancellationToken);

    /// <summary>The chair of each rotation year starting from <paramref name="fromYear"/> to <paramref name="toYear"/>.</summary>
    [LscpRoute("GET", "/v1/partnerships/{id}/bodies/{bodyId}/rotation")]
    public Task<ImmutableArray<ChairAssignment>> GetRotationScheduleAsync(string id, string bodyId, int fromYear, int toYear, CancellationToken cancellationToken = default) =>
        GetAsync($"v1/partnerships/{Escape(id)}/bodies/{Escape(bodyId)}/rotation?from={fromYear.ToString(CultureInfo.InvariantCulture)}&to={toYear.ToString(CultureInfo.InvariantCulture)}", LscpJsonContext.Default.ImmutableArrayChairAssignment, cancellationToken);

    /// <summary>The meetings body <paramref name="bodyId"/>'s cadence asks for in the year starting in <paramref name="year"/> (April, or January).</summary>
    [LscpRoute("GET", "/v1/partnerships/{id}/bodies/{bodyId}/schedule")]
    public Task<ImmutableArray<ExpectedMeeting>> GetMeetingScheduleAsync(string id, string bodyId, int year, bool calendarYear = false, CancellationToken cancellationToken = default) =>
        GetAsync(SchedulePath(id, bodyId, year, calendarYear, ics: false), LscpJsonContext.Default.ImmutableArrayExpectedMeeting, cancellationToken);

    /// <summary>The same schedule as iCalendar text.</summary>
    [LscpRoute("GET", "/v1/partnerships/{id}/bodies/{bodyId}/schedule.ics")]
    public async Task<string> GetMeetingScheduleIcsAsync(string id, string bodyId, int year, bool calendarYear = false, CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync(new Uri(SchedulePath(id, bodyId, year, calendarYear, ics: true), UriKind.Relative), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Who is accountable for an act by <paramref name="person"/> on <paramref name="date"/>: one chain per post held that day.</summary>
    [LscpRoute("GET", "/v1/partnerships/{id}/accountability")]
    public Task<ImmutableArray<AccountabilityChain>> GetAccountabilityAsync(string id, string person, LocalDate date, CancellationToken cancellationToken = default) =>
        GetAsync($"v1/partnerships/{Escape(id)}/accountability?date={Iso(date)}&person={Escape(person)}", LscpJsonContext.Default.ImmutableArrayAccountabilityChain, cancellationToken);

    /// <summary>Whether a meeting was quorate, and what was missing.</summary>
    [LscpRoute("POST", "/v1/quorum")]
    public Task<QuorumResult> CheckQuorumAsync(QuorumRequest request, CancellationToken cancellationToken = default) =>
        PostAsync("v1/quorum", request, LscpJsonContext.Default.QuorumRequest, LscpJsonContext.Default.QuorumResult, cancellationToken);

    /// <summary>Whether <paramref name="meeting"/> of a served partnership was quorate.</summary>
    [LscpRoute("POST", "/v1/quorum")]
    public Task<QuorumResult> CheckQuorumAsync(string partnershipId, Meeting meeting, CancellationToken cancellationToken = default) =>
        CheckQuorumAsync(new QuorumRequest(partnershipId, null, RecordsJson.ToDocument(new PartnershipRecords([meeting], [])).Meetings![0]), cancellationToken);

    /// <summary>The statutory clocks of an incident and/or yearly reports.</summary>
    [LscpRoute("POST", "/v1/deadlines")]
    public Task<ImmutableArray<Deadline>> GetDeadlinesAsync(DeadlinesRequest request, CancellationToken cancellationToken = default) =>
        PostAsync("v1/deadlines", request, LscpJsonContext.Default.DeadlinesRequest, LscpJsonContext.Default.ImmutableArrayDeadline, cancellationToken);

    /// <summary>The statutory clocks of <paramref name="incident"/>, assessed on <paramref name="asOf"/> (the service's date when null).</summary>
    [LscpRoute("POST", "/v1/deadlines")]
    public Task<ImmutableArray<Deadline>> GetDeadlinesAsync(SeriousIncident incident, LocalDate? asOf = null, CancellationToken cancellationToken = default) =>
        GetDeadlinesAsync(new DeadlinesRequest(RecordsJson.ToDocument(new PartnershipRecords([], [], [incident])).Incidents![0], null, asOf), cancellationToken);

    /// <summary>The compliance report.</summary>
    [LscpRoute("POST", "/v1/compliance")]
    public Task<ComplianceReport> EvaluateComplianceAsync(ComplianceRequest request, CancellationToken cancellationToken = default) =>
        PostAsync("v1/compliance", request, LscpJsonContext.Default.ComplianceRequest, LscpJsonContext.Default.ComplianceReport, cancellationToken);

    /// <summary>The compliance report of a served partnership's <paramref name="records"/>.</summary>
    [LscpRoute("POST", "/v1/compliance")]
    public Task<ComplianceReport> EvaluateComplianceAsync(string partnershipId, PartnershipRecords records, DateInterval? period = null, LocalDate? asOf = null, CancellationToken cancellationToken = default) =>
        EvaluateComplianceAsync(new ComplianceRequest(partnershipId, null, RecordsJson.ToDocument(records), period, asOf), cancellationToken);

    /// <summary>Every rule with its citation and parameters.</summary>
    [LscpRoute("GET", "/v1/rules")]
    public Task<ImmutableArray<RuleDefinition>> ListRulesAsync(CancellationToken cancellationToken = default) =>
        GetAsync("v1/rules", LscpJsonContext.Default.ImmutableArrayRuleDefinition, cancellationToken);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Escape(string value) => Uri.EscapeDataString(value ?? throw new ArgumentNullException(nameof(value)));

    private static string SchedulePath(string id, string bodyId, int year, bool calendarYear, bool ics) =>
        $"v1/partnerships/{Escape(id)}/bodies/{Escape(bodyId)}/schedule{(ics ? ".ics" : string.Empty)}?year={year.ToString(CultureInfo.InvariantCulture)}&yearStarts={(calendarYear ? "january" : "april")}";

    private async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TResponse> PostAsync<TRequest, TResponse>(string path, TRequest request, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var content = JsonContent.Create(request, requestInfo);
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, responseInfo, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var value = await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken).ConfigureAwait(false);
        return value ?? throw new LscpApiException(response.StatusCode, new ApiProblem(null, "Empty response", (int)response.StatusCode, "The service answered with an empty body.", null, null));
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        ApiProblem? problem = null;
        try
        {
            problem = await response.Content.ReadFromJsonAsync(LscpJsonContext.Default.ApiProblem, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            // Not problem+json: the status alone is reported.
        }

        throw new LscpApiException(response.StatusCode, problem);
    }
}
