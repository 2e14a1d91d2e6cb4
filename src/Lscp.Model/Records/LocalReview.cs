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
        Preconditions.CheckArgument(publishedOn is null || initiatedOn is { } i && publishedOn >= i, "A local review is published before it is initiated, or without an initiation date.", paramName: nameof(publishedOn));
        Preconditions.CheckArgument(finalReportSentOn is null || initiatedOn is { } j && finalReportSentOn >= j, "A local review's final report is sent before the review is initiated, or without an initiation date.", paramName: nameof(finalReportSentOn));
        Preconditions.CheckArgument(Pauses.IsEmpty || initiatedOn is { } k && Pauses[0].From >= k, "A local review is paused before it is initiated.", paramName: nameof(pauses));
        for (var p = 1; p < Pauses.Length; p++)
        {
            Preconditions.CheckArgument(Pauses[p - 1].To is { } end && end < Pauses[p].From, $"Pauses starting {Pauses[p - 1].From:uuuu-MM-dd} and {Pauses[p].From:uuuu-MM-dd} overlap.", paramName: nameof(pauses));
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
