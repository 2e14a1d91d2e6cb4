using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Model.Records;

/// <summary>A local child safeguarding practice review (LCSPR): its initiation, its final report to the Panel and the Secretary of State, its publication and any delays explained.</summary>
public sealed record LocalReview
{
    /// <summary>Records a local review.</summary>
    /// <param name="initiatedOn">The day the partners decided to initiate it (the publication clock's anchor), or null while not yet initiated.</param>
    /// <param name="finalReportSentOn">The day the final report went to the Panel and the Secretary of State, or null.</param>
    /// <param name="publishedOn">The day it was published, or null.</param>
    /// <param name="delays">Delays to publication, with their reasons and the days the Panel and the Secretary of State were told; none is told before initiation.</param>
    public LocalReview(LocalDate? initiatedOn, LocalDate? finalReportSentOn, LocalDate? publishedOn, IEnumerable<ReviewDelay>? delays = null)
    {
        InitiatedOn = initiatedOn;
        FinalReportSentOn = finalReportSentOn;
        PublishedOn = publishedOn;
        Delays = delays is null ? [] : [.. delays];
        Guard.Against.BrokenInvariants(Check(initiatedOn, finalReportSentOn, publishedOn, Delays));
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(LocalDate? initiatedOn, LocalDate? finalReportSentOn, LocalDate? publishedOn, IReadOnlyList<ReviewDelay> delays)
    {
        if (publishedOn is not null && !(initiatedOn is { } i && publishedOn >= i))
        {
            yield return new(nameof(publishedOn), "A local review is published before it is initiated, or without an initiation date.");
        }

        if (finalReportSentOn is not null && !(initiatedOn is { } j && finalReportSentOn >= j))
        {
            yield return new(nameof(finalReportSentOn), "A local review's final report is sent before the review is initiated, or without an initiation date.");
        }

        for (var d = 0; d < delays.Count; d++)
        {
            foreach (var (told, field) in new[] { (delays[d].PanelToldOn, "panelToldOn"), (delays[d].SecretaryOfStateToldOn, "secretaryOfStateToldOn") })
            {
                if (told is { } day && !(initiatedOn is { } k && day >= k))
                {
                    yield return new($"delays[{d}].{field}", $"The delay is told ({day:uuuu-MM-dd}) before the review is initiated, or without an initiation date.");
                }
            }
        }
    }

    /// <summary>The day the review was initiated, or null.</summary>
    public LocalDate? InitiatedOn { get; }

    /// <summary>The day the final report went to the Panel and the Secretary of State, or null.</summary>
    public LocalDate? FinalReportSentOn { get; }

    /// <summary>The day of publication, or null.</summary>
    public LocalDate? PublishedOn { get; }

    /// <summary>Delays to publication, as recorded (compared item by item).</summary>
    public ImmutableArray<ReviewDelay> Delays { get => _delays.Items; private init => _delays = value; }

    private readonly ValueArray<ReviewDelay> _delays;

    /// <summary>The first delay the Panel and the Secretary of State were both told of by <paramref name="by"/>, or null: a late publication's delay explained.</summary>
    public ReviewDelay? ExplainedDelayBy(LocalDate by)
    {
        foreach (var delay in Delays)
        {
            if (delay.IsExplainedBy(by))
            {
                return delay;
            }
        }

        return null;
    }
}
