using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;

namespace Lscp.Rules.Reporting;

/// <summary>
/// Writes a <see cref="ComplianceReport"/> as JSON: camelCase names and enum values, dates as ISO strings and the period
/// as <c>{ "start": "2024-04-01", "end": "2025-03-31" }</c> (both ends inclusive), through NodaTime's own converters.
/// </summary>
public static class ComplianceReportJson
{
    // Options are immutable once first used; this instance is never changed after construction.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters =
        {
            NodaConverters.LocalDateConverter,
            NodaConverters.DateIntervalConverter,
            new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
        },
    });

    /// <summary>The report as indented JSON.</summary>
    public static string Write(ComplianceReport report)
    {
        Guard.Against.Null(report);
        return JsonSerializer.Serialize(report, Context.ComplianceReport);
    }
}
