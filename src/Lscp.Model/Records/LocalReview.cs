using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Model.Records;

/// <summary>A local child safeguarding practice review (LCSPR): its initiation, its final report to the Panel and the Secretary of State, its publication and any pauses.</summary>
public sealed record LocalReview
{
    /// <summary>Records a local review.</summary>
    /// <param name="initiatedOn">The day the partners decided to initiate it (the publication clock's anchor), or null while not yet initiated.</param>
    /// <param name="finalReportSentOn">The day the final report went to the Panel and the Secretary of State, or null.</param>
    /// <param name="publishedOn">The day it was published, or null.</param>
    /// <param name="pauses">Pauses of the publication clock; they must not overlap and must start on or after initiation.</param>
    public LocalReview(LocalDate? initiatedOn, LocalDate? finalReportSentOn, LocalDate? publishedOn, IEnumerable<ReviewPause>? pauses = null)
    {
        InitiatedOn = initiatedOn;
        FinalReportSentOn = finalReportSentOn;
        PublishedOn = publishedOn;
        Pauses = pauses is null ? [] : [.. pauses.OrderBy(p => p.From)];
        Guard.Against.BrokenInvariants(Check(initiatedOn, finalReportSentOn, publishedOn, Pauses));
    }

    /// <summary>The invariants the arguments break (pauses in date order), none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(LocalDate? initiatedOn, LocalDate? finalReportSentOn, LocalDate? publishedOn, IReadOnlyList<ReviewPause> pausesByDate)
    {
        if (publishedOn is not null && !(initiatedOn is { } i && publishedOn >= i))
        {
            yield return new(nameof(publishedOn), "A local review is published before it is initiated, or without an initiation date.");
        }

        if (finalReportSentOn is not null && !(initiatedOn is { } j && finalReportSentOn >= j))
        {
            yield return new(nameof(finalReportSentOn), "A local review's final report is sent before the review is initiated, or without an initiation date.");
        }

        if (pausesByDate.Count > 0 && !(initiatedOn is { } k && pausesByDate[0].From >= k))
        {
            yield return new("pauses", "A local review is paused before it is initiated.");
        }

        for (var p = 1; p < pausesByDate.Count; p++)
        {
            if (!(pausesByDate[p - 1].To is { } end && end < pausesByDate[p].From))
            {
                yield return new("pauses", $"Pauses starting {pausesByDate[p - 1].From:uuuu-MM-dd} and {pausesByDate[p].From:uuuu-MM-dd} overlap.");
            }
        }
    }

    /// <summary>The day the review was initiated, or null.</summary>
    public LocalDate? InitiatedOn { get; }

    /// <summary>The day the final report went to the Panel and the Secretary of State, or null.</summary>
    public LocalDate? FinalReportSentOn { get; }

    /// <summary>The day of publication, or null.</summary>
    public LocalDate? PublishedOn { get; }

    /// <summary>Pauses of the publication clock, in date order.</summary>
    public ImmutableArray<ReviewPause> Pauses { get => _pauses.Items; private init => _pauses = value; }

    private readonly ValueArray<ReviewPause> _pauses;
}
