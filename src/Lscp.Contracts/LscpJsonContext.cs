using System.Text.Json.Serialization;
using Lscp.Contracts.Documents;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>
/// The one JSON context of the REST wire format, shared by the service and the client: camelCase property names and enum
/// values, ISO dates, nulls left out, unknown and duplicate properties refused, at most 32 levels deep.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    MaxDepth = 32,
    Converters = [typeof(IsoDateConverter), typeof(PlainTextConverter)])]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(WorkingDayResponse))]
[JsonSerializable(typeof(AddWorkingDaysResponse))]
[JsonSerializable(typeof(WorkingDaysBetweenResponse))]
[JsonSerializable(typeof(BankHolidaysResponse))]
[JsonSerializable(typeof(IReadOnlyList<PartnershipSummary>))]
[JsonSerializable(typeof(ArrangementsResponse))]
[JsonSerializable(typeof(RelevantAgenciesResponse))]
[JsonSerializable(typeof(ChildDeathReviewPartnersResponse))]
[JsonSerializable(typeof(ChairResponse))]
[JsonSerializable(typeof(IReadOnlyList<ChairResponse>))]
[JsonSerializable(typeof(IReadOnlyList<ExpectedMeeting>))]
[JsonSerializable(typeof(IReadOnlyList<AccountabilityChain>))]
[JsonSerializable(typeof(QuorumRequest))]
[JsonSerializable(typeof(QuorumResponse))]
[JsonSerializable(typeof(DeadlinesRequest))]
[JsonSerializable(typeof(DeadlinesResponse))]
[JsonSerializable(typeof(ComplianceRequest))]
[JsonSerializable(typeof(ComplianceResponse))]
[JsonSerializable(typeof(ObligationsRequest))]
[JsonSerializable(typeof(ObligationsResponse))]
[JsonSerializable(typeof(ScenarioDocument))]
[JsonSerializable(typeof(ScenarioResponse))]
[JsonSerializable(typeof(WorkbookRequest))]
[JsonSerializable(typeof(IReadOnlyList<RuleDefinition>))]
[JsonSerializable(typeof(ApiProblem))]
[JsonSerializable(typeof(IReadOnlyList<ApiError>))]
[JsonSerializable(typeof(PartnershipDocument))]
[JsonSerializable(typeof(RecordsDocument))]
[JsonSerializable(typeof(RulebookDocument))]
public sealed partial class LscpJsonContext : JsonSerializerContext;
