using System.Diagnostics;

namespace Lscp.Rules;

/// <summary>
/// The rules' traces, for a host's OpenTelemetry (<c>.AddSource(RulesTelemetry.SourceName)</c>) or any
/// <see cref="ActivityListener"/>: one activity, <see cref="Evaluate"/>, for each run of the rules (a compliance report
/// or a list of what is due), tagged with the partnership and the evaluation date. With no listener nothing is made.
/// </summary>
public static class RulesTelemetry
{
    /// <summary>The activity source's name: <c>Lscp.Rules</c>.</summary>
    public const string SourceName = "Lscp.Rules";

    /// <summary>The activity of one run of the rules.</summary>
    public const string Evaluate = "lscp.rules.evaluate";

    internal static readonly ActivitySource Source = new(SourceName, LibraryInfo.Version);

    /// <summary>Starts the activity of one run of the rules, or null when no one listens.</summary>
    internal static Activity? StartEvaluate(string partnershipId, NodaTime.LocalDate asOf)
    {
        // Tagged as it is made, so that a listener sees the tags when it starts.
        return Source.HasListeners()
            ? Source.StartActivity(Evaluate, ActivityKind.Internal, default(ActivityContext), [new("lscp.partnership", partnershipId), new("lscp.asOf", asOf.ToString("uuuu-MM-dd", null))])
            : null;
    }
}
