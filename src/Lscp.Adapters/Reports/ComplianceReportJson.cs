using System.Text.Json;
using Lscp.Contracts;

namespace Lscp.Adapters;

/// <summary>
/// Writes the compliance report in its one shape, <see cref="ComplianceResponse"/>, as the service sends it (the wire's JSON
/// context: camelCase, ISO dates, absent members left out), indented for people and files. The scenario runner's
/// <c>--json</c> writes this.
/// </summary>
public static class ComplianceReportJson
{
    private static readonly JsonSerializerOptions Indented = new(LscpJsonContext.Default.Options) { WriteIndented = true };

    /// <summary>The report as indented JSON, member for member what <c>POST /v1/compliance</c> answers.</summary>
    public static string Write(ComplianceResponse report)
    {
        Guard.Against.Null(report);
        return JsonSerializer.Serialize(report, Indented.GetTypeInfo(typeof(ComplianceResponse)));
    }
}
