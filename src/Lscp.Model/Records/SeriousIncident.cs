using System.Text.RegularExpressions;
using NodaTime;

namespace Lscp.Model.Records;

/// <summary>
/// A serious child safeguarding incident and its review, identified only by an opaque case reference. The model holds no
/// personal data: no child's name, date of birth or address, anywhere. A case reference must not encode any of them.
/// </summary>
public sealed partial record SeriousIncident
{
    /// <summary>Records an incident.</summary>
    /// <param name="caseReference">An opaque reference such as <c>LSCP-2024-003</c>: 1 to 40 letters, digits and <c>- _ / .</c>, no spaces.</param>
    /// <param name="localAuthorityAwareOn">The day the local authority became aware of the incident (the notification clock's anchor).</param>
    /// <param name="notifiedPanelOn">The day the local authority notified the Child Safeguarding Practice Review Panel, or null.</param>
    /// <param name="reportedToPartnersOn">The day the incident was reported to the safeguarding partners, or null.</param>
    /// <param name="rapidReviewSentOn">The day the rapid review was completed and sent to the Panel, or null. Needs a notification.</param>
    /// <param name="decision">What the rapid review decided, or null while undecided. Needs the rapid review.</param>
    /// <param name="localReview">For a <see cref="ReviewDecision.LocalReview"/> decision, the review; null otherwise.</param>
    public SeriousIncident(
        string caseReference,
        LocalDate localAuthorityAwareOn,
        LocalDate? notifiedPanelOn = null,
        LocalDate? reportedToPartnersOn = null,
        LocalDate? rapidReviewSentOn = null,
        ReviewDecision? decision = null,
        LocalReview? localReview = null)
    {
        Guard.Against.Null(caseReference);
        Guard.Against.BrokenInvariants(Check(caseReference, localAuthorityAwareOn, notifiedPanelOn, reportedToPartnersOn, rapidReviewSentOn, decision, localReview));
        CaseReference = caseReference;
        LocalAuthorityAwareOn = localAuthorityAwareOn;
        NotifiedPanelOn = notifiedPanelOn;
        ReportedToPartnersOn = reportedToPartnersOn;
        RapidReviewSentOn = rapidReviewSentOn;
        Decision = decision;
        LocalReview = localReview;
    }


    /// <summary>The invariants the constructor's arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(
        string caseReference,
        LocalDate localAuthorityAwareOn,
        LocalDate? notifiedPanelOn,
        LocalDate? reportedToPartnersOn,
        LocalDate? rapidReviewSentOn,
        ReviewDecision? decision,
        LocalReview? localReview)
    {
        if (!CaseReferencePattern().IsMatch(caseReference))
        {
            yield return new(nameof(caseReference), $"This is not an opaque case reference: use 1 to 40 letters, digits and - _ / . with no spaces, and never a child's name or date of birth.");
            yield break;
        }

        if (notifiedPanelOn < localAuthorityAwareOn)
        {
            yield return new(nameof(notifiedPanelOn), "The Panel is notified before the local authority became aware.");
        }

        if (reportedToPartnersOn < localAuthorityAwareOn)
        {
            yield return new(nameof(reportedToPartnersOn), "The partners are told before the local authority became aware.");
        }

        if (rapidReviewSentOn is not null && notifiedPanelOn is null)
        {
            yield return new(nameof(rapidReviewSentOn), "A rapid review cannot be completed without a notification to the Panel.");
        }
        else if (rapidReviewSentOn < notifiedPanelOn)
        {
            yield return new(nameof(rapidReviewSentOn), "The rapid review is sent before the notification.");
        }

        if (decision is not null && rapidReviewSentOn is null)
        {
            yield return new(nameof(decision), "A review decision is recorded without a rapid review.");
        }

        if (decision is { } d && !Enum.IsDefined(d))
        {
            yield return new(nameof(decision), $"Unknown decision {decision}.");
        }

        if ((localReview is not null) != (decision == ReviewDecision.LocalReview))
        {
            yield return new(nameof(localReview), "A local review is recorded if, and only if, the decision is a local review.");
        }

        if (localReview?.InitiatedOn is { } initiated && !(initiated >= rapidReviewSentOn))
        {
            yield return new(nameof(localReview), "The local review is initiated before the rapid review decided on it.");
        }
    }

    /// <summary>The opaque case reference.</summary>
    public string CaseReference { get; }

    /// <summary>The day the local authority became aware.</summary>
    public LocalDate LocalAuthorityAwareOn { get; }

    /// <summary>The day the Panel was notified, or null.</summary>
    public LocalDate? NotifiedPanelOn { get; }

    /// <summary>The day the partners were told, or null.</summary>
    public LocalDate? ReportedToPartnersOn { get; }

    /// <summary>The day the rapid review went to the Panel, or null.</summary>
    public LocalDate? RapidReviewSentOn { get; }

    /// <summary>The rapid review's decision, or null.</summary>
    public ReviewDecision? Decision { get; }

    /// <summary>The local review, when one was decided.</summary>
    public LocalReview? LocalReview { get; }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}$")]
    private static partial Regex CaseReferencePattern();
}
