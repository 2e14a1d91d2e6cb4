using System.Text.Json.Serialization;
using Lscp.Model.Serialization;
using Lscp.Rules.Compliance;
using Lscp.Rules.Timescales;

namespace Lscp.Rules.Reporting;

/// <summary>System.Text.Json source generation for reports, findings and deadlines: camelCase, enums as strings, dates as ISO strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    Converters = [typeof(LocalDateJsonConverter), typeof(DateIntervalJsonConverter)])]
[JsonSerializable(typeof(ComplianceReport))]
[JsonSerializable(typeof(ComplianceResult))]
[JsonSerializable(typeof(Deadline[]))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
