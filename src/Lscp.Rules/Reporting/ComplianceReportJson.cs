using System.Text.Json;

namespace Lscp.Rules.Reporting;

/// <summary>Writes a <see cref="ComplianceReport"/> as JSON (camelCase, ISO dates, enums as strings).</summary>
public static class ComplianceReportJson
{
    /// <summary>The report as indented JSON.</summary>
    public static string Write(ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, ReportJsonContext.Default.ComplianceReport);
    }
}
