using System.Text.Json.Serialization;

namespace Lscp.Rules.Reporting;

/// <summary>
/// System.Text.Json source generation for reports, findings and deadlines. The options (camelCase names and enum
/// values, NodaTime's ISO converters for dates and intervals) are set where it is made, in <see cref="ComplianceReportJson"/>.
/// </summary>
[JsonSerializable(typeof(ComplianceReport))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
