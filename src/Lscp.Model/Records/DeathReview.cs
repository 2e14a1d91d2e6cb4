using NodaTime;

namespace Lscp.Model.Records;

/// <summary>
/// A child death notified to the child death review process (a case of that process, hence the name): an opaque case reference and two dates, nothing else. No
/// name, date of birth, address or cause is held, by design.
/// </summary>
public sealed record DeathReview
{
    /// <summary>Creates a child death record.</summary>
    /// <param name="caseReference">An opaque reference (the same rules as a serious incident's): never a name or date of birth.</param>
    /// <param name="learnedOn">The day the reporting agency learned of the death.</param>
    /// <param name="notifiedOn">The day it was notified to the child death review process, or null while it is not.</param>
    public DeathReview(string caseReference, LocalDate learnedOn, LocalDate? notifiedOn = null)
    {
        Guard.Against.Null(caseReference);
        Guard.Against.BrokenInvariants(Check(caseReference, learnedOn, notifiedOn));
        CaseReference = caseReference;
        LearnedOn = learnedOn;
        NotifiedOn = notifiedOn;
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(string caseReference, LocalDate learnedOn, LocalDate? notifiedOn)
    {
        foreach (var broken in SeriousIncident.Check(caseReference, learnedOn, null, null, null, null, null))
        {
            yield return broken;
        }

        if (notifiedOn < learnedOn)
        {
            yield return new(nameof(notifiedOn), "The death is notified before it was learned of.");
        }
    }

    /// <summary>The opaque case reference.</summary>
    public string CaseReference { get; }

    /// <summary>The day the reporting agency learned of the death.</summary>
    public LocalDate LearnedOn { get; }

    /// <summary>The day it was notified to the child death review process, or null.</summary>
    public LocalDate? NotifiedOn { get; }
}
