using NodaTime;

namespace Lscp.Model.Records;

/// <summary>
/// One action of a recommendation: the agency that owns it, the day it is due, where it stands and since when, and the
/// evidence of its impact once it is done and that is claimed.
/// </summary>
public sealed record LearningAction
{
    /// <summary>Records an action.</summary>
    /// <param name="id">Its stable id, unique across the records' actions.</param>
    /// <param name="ownerAgencyId">The agency that owns it: an agency of the arrangements in force on the recommendation's date.</param>
    /// <param name="dueOn">The day it is due, as the partnership agreed it.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="statusChangedOn">The day its status last changed (for <see cref="ActionStatus.Done"/>, the day it was done: required then); null for an action open since it was agreed.</param>
    /// <param name="impact">For a done action, the evidence of its impact, or null while none is claimed (refused for an action not done).</param>
    public LearningAction(string id, string ownerAgencyId, LocalDate dueOn, ActionStatus status, LocalDate? statusChangedOn = null, ImpactEvidence? impact = null)
    {
        Guard.Against.BrokenInvariants(Check(Guard.Against.InvalidId(id), Guard.Against.EnumOutOfRange(status), statusChangedOn, impact));
        Id = id;
        OwnerAgencyId = Guard.Against.InvalidId(ownerAgencyId);
        DueOn = dueOn;
        Status = status;
        StatusChangedOn = statusChangedOn;
        Impact = impact;
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(string id, ActionStatus status, LocalDate? statusChangedOn, ImpactEvidence? impact)
    {
        if (status == ActionStatus.Done && statusChangedOn is null)
        {
            yield return new(nameof(statusChangedOn), $"Action '{id}' is done, but the day it was done is not given: give statusChangedOn.");
        }

        if (impact is not null && status != ActionStatus.Done)
        {
            yield return new(nameof(impact), $"Action '{id}' is {Words(status)}; evidence of impact is recorded for a done action only.");
        }
        else if (impact is not null && impact.CheckedOn < statusChangedOn)
        {
            yield return new($"{nameof(impact)}.checkedOn", $"Action '{id}' has its impact checked on {impact.CheckedOn:uuuu-MM-dd}, before it was done ({statusChangedOn:uuuu-MM-dd}).");
        }
    }

    private static string Words(ActionStatus status) => status switch
    {
        ActionStatus.Open => "open",
        ActionStatus.InProgress => "in progress",
        ActionStatus.Done => "done",
    };

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The agency that owns it.</summary>
    public string OwnerAgencyId { get; }

    /// <summary>The day it is due.</summary>
    public LocalDate DueOn { get; }

    /// <summary>Where it stands.</summary>
    public ActionStatus Status { get; }

    /// <summary>The day its status last changed, or null.</summary>
    public LocalDate? StatusChangedOn { get; }

    /// <summary>The day it was done, or null while it is not.</summary>
    public LocalDate? DoneOn => Status == ActionStatus.Done ? StatusChangedOn : null;

    /// <summary>The evidence of its impact, or null while none is claimed.</summary>
    public ImpactEvidence? Impact { get; }
}
