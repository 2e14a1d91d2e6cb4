using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Reporting;

/// <summary>
/// Writes a <see cref="ComplianceReport"/> as JSON: camelCase names and enum values, dates as ISO strings and the period
/// as <c>{ "start": "2024-04-01", "end": "2025-03-31" }</c> (both ends inclusive). Dates go through NodaTime's pattern
/// converter; the period is written here, because NodaTime's interval converter looks its date converter up by
/// reflection, which Native AOT refuses.
/// </summary>
public static class ComplianceReportJson
{
    // Declared before the context that uses it: static fields start in the order written.
    private static readonly NodaPatternConverter<LocalDate> Date = new(LocalDatePattern.Iso);

    // Options are immutable once first used; this instance is never changed after construction.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters =
        {
            Date,
            new PeriodConverter(),
            new SubjectConverter(),
            // One converter per enum the report holds, generic so that Native AOT needs no code made at run time; a test
            // walks the report's types and fails when an enum is missing here.
            new CamelCaseEnum<Verdict>(),
            new CamelCaseEnum<Compliance.Severity>(),
            new CamelCaseEnum<Catalogue.Confidence>(),
            new CamelCaseEnum<Timescales.DeadlineStatus>(),
            new CamelCaseEnum<Model.Provenance>(),
        },
    });

    /// <summary>The options the report is written with.</summary>
    internal static JsonSerializerOptions Options => Context.Options;

    /// <summary>A period as <c>{ "start": ..., "end": ... }</c>, both ends inclusive; the report is written, never read.</summary>
    private sealed class PeriodConverter : JsonConverter<DateInterval>
    {
        public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("The compliance report's JSON is written, not read.");

        public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName("Start") ?? "Start");
            Date.Write(writer, value.Start, options);
            writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName("End") ?? "End");
            Date.Write(writer, value.End, options);
            writer.WriteEndObject();
        }
    }

    /// <summary>A subject as its text, <c>kind:id</c>.</summary>
    private sealed class SubjectConverter : JsonConverter<Catalogue.Subject>
    {
        public override Catalogue.Subject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("The compliance report's JSON is written, not read.");

        public override void Write(Utf8JsonWriter writer, Catalogue.Subject value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }

    private sealed class CamelCaseEnum<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
        where T : struct, Enum;

    /// <summary>The report as indented JSON.</summary>
    public static string Write(ComplianceReport report)
    {
        Guard.Against.Null(report);
        return JsonSerializer.Serialize(report, Context.ComplianceReport);
    }
}
