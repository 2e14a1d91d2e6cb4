using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Lscp.Model.Serialization;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;

namespace Lscp.Client.Contracts;

/// <summary>
/// The JSON contract of the facade, shared by the service and the client: System.Text.Json source generation, camelCase,
/// enums as strings, NodaTime dates as ISO strings, nulls left out, unknown and duplicate properties refused.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    MaxDepth = 32,
    Converters = [typeof(LocalDateJsonConverter), typeof(DateIntervalJsonConverter)])]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(WorkingDayResponse))]
[JsonSerializable(typeof(AddWorkingDaysResponse))]
[JsonSerializable(typeof(WorkingDaysBetweenResponse))]
[JsonSerializable(typeof(BankHolidaysResponse))]
[JsonSerializable(typeof(ImmutableArray<PartnershipSummary>))]
[JsonSerializable(typeof(ArrangementsResponse))]
[JsonSerializable(typeof(ChairAssignment))]
[JsonSerializable(typeof(ImmutableArray<ChairAssignment>))]
[JsonSerializable(typeof(ImmutableArray<ExpectedMeeting>))]
[JsonSerializable(typeof(ImmutableArray<AccountabilityChain>))]
[JsonSerializable(typeof(QuorumRequest))]
[JsonSerializable(typeof(QuorumResult))]
[JsonSerializable(typeof(DeadlinesRequest))]
[JsonSerializable(typeof(ImmutableArray<Deadline>))]
[JsonSerializable(typeof(ComplianceRequest))]
[JsonSerializable(typeof(ComplianceReport))]
[JsonSerializable(typeof(ImmutableArray<RuleDefinition>))]
[JsonSerializable(typeof(ApiProblem))]
public sealed partial class LscpJsonContext : JsonSerializerContext;
