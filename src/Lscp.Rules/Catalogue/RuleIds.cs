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

    /// <summary>The local authority notifies the Child Safeguarding Practice Review Panel within 5 working days of becoming aware.</summary>
    public const string PanelNotified = "TS-NOTIFY-01";

    /// <summary>The incident is reported to the safeguarding partners within 5 working days of the local authority becoming aware.</summary>
    public const string PartnersTold = "TS-NOTIFY-02";

    /// <summary>The rapid review is completed and sent to the Panel within 15 working days (from notification, or awareness).</summary>
    public const string RapidReview = "TS-RAPID-01";

    /// <summary>A local child safeguarding practice review is published within 6 months of the decision to initiate it, pauses aside.</summary>
    public const string LocalReviewPublished = "TS-LCSPR-01";

    /// <summary>The final LCSPR report goes to the Panel and the Secretary of State at least 7 working days before publication.</summary>
    public const string FinalReportBeforePublication = "TS-LCSPR-02";

    /// <summary>The yearly report is published at least once in every 12 months.</summary>
    public const string YearlyReportPublished = "TS-YEARLY-01";

    /// <summary>The yearly report goes to the Panel and the What Works Centre within 7 days of publication.</summary>
    public const string YearlyReportSent = "TS-YEARLY-02";

    /// <summary>Each key document published is signed off by all three statutory partners before publication.</summary>
    public const string KeyDocumentSigned = "DUTY-SIGN-01";

    /// <summary>Independent scrutiny is in place on every day.</summary>
    public const string ScrutinyInPlace = "DUTY-SCRUT-01";

    /// <summary>The published arrangements were updated to Working Together 2023 by the deadline.</summary>
    public const string ArrangementsUpdated = "DUTY-WT2023-01";

    /// <summary>The arrangements name no agency that has ceased to exist.</summary>
    public const string NoCeasedAgency = "DUTY-AGENCY-01";

    /// <summary>The independent scrutiny reports at least once a year.</summary>
    public const string ScrutinyReported = "DUTY-SCRUT-02";

    /// <summary>A child death is notified to the child death review process within 48 hours (2 days) of being learned of.</summary>
    public const string ChildDeathNotified = "TS-CDR-01";

    /// <summary>The published arrangements and threshold document are in place on every day, and each financial year has a published budget.</summary>
    public const string KeyDocumentsInPlace = "DUTY-DOC-01";

    /// <summary>The published arrangements cover every item of the contents checklist.</summary>
    public const string ArrangementsContents = "DUTY-CONTENT-01";

    /// <summary>The child death overview panel publishes a yearly report within 12 months of the last.</summary>
    public const string DeathReviewReported = "TS-CDR-02";

    /// <summary>Each yearly report published refers to the independent scrutiny of its year.</summary>
    public const string YearlyReportRefersToScrutiny = "DUTY-SCRUT-03";
}
