using System.Diagnostics;

namespace Lscp.Http;

/// <summary>
/// The service's own traces, beside ASP.NET Core's: one activity, <see cref="WriteAnswer"/>, while a contract answer is
/// written (tagged with its type). Subscribe with OpenTelemetry (<c>.AddSource(HttpTelemetry.SourceName)</c>, and
/// <c>Lscp.Rules.RulesTelemetry.SourceName</c> for the rules) or any <see cref="ActivityListener"/>.
/// </summary>
public static class HttpTelemetry
{
    /// <summary>The activity source's name: <c>Lscp.Http</c>.</summary>
    public const string SourceName = "Lscp.Http";

    /// <summary>The activity of writing an answer.</summary>
    public const string WriteAnswer = "lscp.answer.write";

    internal static readonly ActivitySource Source = new(SourceName, Rules.LibraryInfo.Version);
}
