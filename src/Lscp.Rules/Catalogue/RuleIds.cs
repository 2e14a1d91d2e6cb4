namespace Lscp.Rules.Catalogue;

/// <summary>
/// The stable id of every rule. Each rule's code is in a file named by its id (<c>GOV-QUORUM-01.*.cs</c>), so
/// <c>find src -name 'GOV-QUORUM-01*'</c> finds it.
/// </summary>
public static class RuleIds
{
    /// <summary>Each statutory partner has an accountable lead in post on every day.</summary>
    public const string LeadInPost = "GOV-LEAD-01";

    /// <summary>Each delegation is to a post of the lead's own agency, starts while a lead is in post, and does not overlap another.</summary>
    public const string DelegationValid = "GOV-DELEG-01";

    /// <summary>Each decision taken in a delegated post falls within a delegation in force that day.</summary>
    public const string DecisionUnderDelegation = "GOV-DELEG-02";

    /// <summary>Under Working Together 2023, each Lead Safeguarding Partner names a Delegated Safeguarding Partner.</summary>
    public const string DelegateNamed = "GOV-DELEG-03";

    /// <summary>Each meeting is quorate under its body's quorum rule.</summary>
    public const string MeetingQuorate = "GOV-QUORUM-01";

    /// <summary>Each meeting is chaired by the agency its chair arrangement names, or by a recorded deputy.</summary>
    public const string ChairAsArranged = "GOV-CHAIR-01";

    /// <summary>No agency chairs two rotation years running.</summary>
    public const string ChairRotates = "GOV-CHAIR-02";

    /// <summary>Each body meets at least once in every interval of its cadence.</summary>
    public const string MeetsEachInterval = "GOV-CADENCE-01";

    /// <summary>No gap between a body's meetings is longer than its cadence allows.</summary>
    public const string NoLongGap = "GOV-CADENCE-02";

    /// <summary>A task-and-finish group does not meet after its end date.</summary>
    public const string TaskAndFinishEnds = "GOV-TF-01";

    /// <summary>Each core member attends at least a minimum share of its body's meetings.</summary>
    public const string MemberAttendance = "GOV-ATTEND-01";
}
