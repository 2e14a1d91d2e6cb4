using System.ComponentModel.DataAnnotations;

namespace Lscp.Contracts.Documents;

// The JSON document format of a partnership's records. Dates and enum values are strings here so that a bad value becomes
// a validation error with its JSON path; RecordsDocumentMapper turns them into Lscp.Model.Records types.
#pragma warning disable CS1591 // The members are documented by the README's records format section, field by field.

/// <summary>The root of a records document: meetings, decisions under delegation, serious incidents and yearly reports.</summary>
public sealed class RecordsDocument
{
    /// <summary>The JSON Schema the document claims to follow (records.schema.json), for editors; ignored when reading.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public List<MeetingDocument>? Meetings { get; set; }

    public List<DecisionDocument>? Decisions { get; set; }

    public List<IncidentDocument>? Incidents { get; set; }

    public List<YearlyReportDocument>? YearlyReports { get; set; }

    /// <summary>Key documents (arrangements, yearly reports, budgets, thresholds) and who signed them off.</summary>
    public List<KeyDocumentDocument>? Documents { get; set; }

    /// <summary>Who provided independent scrutiny, and when.</summary>
    public List<ScrutinyDocument>? Scrutiny { get; set; }

    /// <summary>Reports of the independent scrutiny.</summary>
    public List<ScrutinyReportDocument>? ScrutinyReports { get; set; }

    /// <summary>Child deaths notified to the child death review process: opaque references and dates only.</summary>
    public List<DeathReviewDocument>? DeathReviews { get; set; }

    /// <summary>The days the child death overview panel published its yearly reports (yyyy-MM-dd).</summary>
    public List<string>? DeathReviewReports { get; set; }

    /// <summary>Recommendations of reviews and audits, by reference only, each with the actions agreed to carry it out.</summary>
    public List<RecommendationDocument>? Recommendations { get; set; }

    /// <summary>Multi-agency audits: theme, commissioning group, planned and completed dates, methods and findings.</summary>
    public List<AuditDocument>? Audits { get; set; }
}

/// <summary>A meeting.</summary>
public sealed class MeetingDocument
{
    [Required]
    public string? Id { get; set; }

    [Required]
    public string? Body { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? Date { get; set; }

    public string? Chair { get; set; }

    public bool? ChairWasDeputy { get; set; }

    public List<AttendanceDocument>? Attendance { get; set; }
}

/// <summary>A seat's attendance: status is present, deputyAttended, apologies or absent.</summary>
public sealed class AttendanceDocument
{
    [Required]
    public string? Agency { get; set; }

    public string? Representative { get; set; }

    [Required]
    [AllowedValues("present", "deputyAttended", "apologies", "absent")]
    public string? Status { get; set; }

    public string? Deputy { get; set; }

    public bool? ChairAgreedDeputy { get; set; }
}

/// <summary>A decision taken in a delegated post.</summary>
public sealed class DecisionDocument
{
    [Required]
    public string? Id { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? Date { get; set; }

    [Required]
    public string? Post { get; set; }

    [Required]
    public string? Description { get; set; }
}

/// <summary>A serious incident, by opaque case reference only.</summary>
public sealed class IncidentDocument
{
    [Required]
    public string? CaseReference { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? LocalAuthorityAwareOn { get; set; }

    [DataType(DataType.Date)]
    public string? NotifiedPanelOn { get; set; }

    [DataType(DataType.Date)]
    public string? ReportedToPartnersOn { get; set; }

    [DataType(DataType.Date)]
    public string? RapidReviewSentOn { get; set; }

    [AllowedValues("localReview", "noReview", "nationalReview")]
    public string? Decision { get; set; }

    public LocalReviewDocument? LocalReview { get; set; }
}

/// <summary>A local child safeguarding practice review.</summary>
public sealed class LocalReviewDocument
{
    [DataType(DataType.Date)]
    public string? InitiatedOn { get; set; }

    [DataType(DataType.Date)]
    public string? FinalReportSentOn { get; set; }

    [DataType(DataType.Date)]
    public string? PublishedOn { get; set; }

    /// <summary>Delays to publication: each with its reason and the days the Panel and the Secretary of State were told. A delay does not move the due date.</summary>
    public List<DelayDocument>? Delays { get; set; }
}

/// <summary>A delay to a local review's publication, as explained (or not) to the Panel and the Secretary of State.</summary>
public sealed class DelayDocument
{
    /// <summary>Why publication is delayed (criminal proceedings, an inquest).</summary>
    [Required]
    public string? Reason { get; set; }

    /// <summary>The day the Child Safeguarding Practice Review Panel was told of the delay and its reason.</summary>
    [DataType(DataType.Date)]
    public string? PanelToldOn { get; set; }

    /// <summary>The day the Secretary of State was told.</summary>
    [DataType(DataType.Date)]
    public string? SecretaryOfStateToldOn { get; set; }
}

/// <summary>A yearly report.</summary>
public sealed class YearlyReportDocument
{
    [Required]
    [DataType(DataType.Date)]
    public string? CoversFrom { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? CoversTo { get; set; }

    [DataType(DataType.Date)]
    public string? PublishedOn { get; set; }

    [DataType(DataType.Date)]
    public string? SentToPanelOn { get; set; }

    [DataType(DataType.Date)]
    public string? SentToWhatWorksOn { get; set; }

    /// <summary>Whether the report refers to the independent scrutiny of its year; leave out when not recorded.</summary>
    public bool? RefersToScrutiny { get; set; }

    /// <summary>The edition of Working Together the report follows; leave out when not recorded (then the edition the partnership's arrangements followed when it was published, to confirm).</summary>
    [AllowedValues("workingTogether2018", "workingTogether2023")]
    public string? Edition { get; set; }

    /// <summary>The checklist items the report covers (activity, reviews, effectiveness, impact, progress, reviewActions, feedback, priorities, learning); leave out when not recorded (then not judged).</summary>
    public List<string>? Contents { get; set; }
}

/// <summary>A key document and its sign-offs by the statutory partners.</summary>
public sealed class KeyDocumentDocument
{
    [Required]
    [AllowedValues("arrangements", "yearlyReport", "budget", "thresholds")]
    public string? Kind { get; set; }

    [Required]
    public string? Title { get; set; }

    [DataType(DataType.Date)]
    public string? PublishedOn { get; set; }

    /// <summary>For the arrangements: the edition of Working Together they follow.</summary>
    [AllowedValues("workingTogether2018", "workingTogether2023")]
    public string? Edition { get; set; }

    public List<SignOffDocument>? SignOffs { get; set; }

    /// <summary>For the arrangements: the checklist items they cover (partners, area, workingTogether, reviews, scrutiny, relevantAgencies, settings, data, training).</summary>
    public List<string>? Contents { get; set; }
}

/// <summary>One statutory partner's sign-off.</summary>
public sealed class SignOffDocument
{
    [Required]
    public string? Partner { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? SignedOn { get; set; }

    /// <summary>True when the Delegated Safeguarding Partner signed rather than the lead.</summary>
    public bool? ByDelegate { get; set; }
}

/// <summary>Who provided independent scrutiny, under which model, and when.</summary>
public sealed class ScrutinyDocument
{
    [Required]
    [AllowedValues("scrutineer", "independentChairAndScrutineer", "commissioner")]
    public string? Model { get; set; }

    [Required]
    public string? Holder { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? From { get; set; }

    [DataType(DataType.Date)]
    public string? To { get; set; }
}

/// <summary>A report of the independent scrutiny.</summary>
public sealed class ScrutinyReportDocument
{
    [Required]
    public string? Title { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? PublishedOn { get; set; }
}

/// <summary>A child death notified to the child death review process: an opaque reference and dates, never a name or date of birth.</summary>
public sealed class DeathReviewDocument
{
    [Required]
    public string? CaseReference { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? LearnedOn { get; set; }

    [DataType(DataType.Date)]
    public string? NotifiedOn { get; set; }
}

/// <summary>A recommendation of a review or an audit, by reference only, with its actions.</summary>
public sealed class RecommendationDocument
{
    [Required]
    public string? Id { get; set; }

    /// <summary>What made it.</summary>
    [Required]
    [AllowedValues("rapidReview", "localReview", "nationalReview", "audit")]
    public string? Source { get; set; }

    /// <summary>Which one: the incident's case reference for a rapid or local review, the national review's title, or the audit's id.</summary>
    [Required]
    public string? Reference { get; set; }

    /// <summary>The day it was made (a review's publication, an audit's report).</summary>
    [Required]
    [DataType(DataType.Date)]
    public string? MadeOn { get; set; }

    /// <summary>The practice theme it is about; the same words in an earlier audit or recommendation make a repeat theme.</summary>
    public string? Theme { get; set; }

    /// <summary>The actions agreed to carry it out; leave out or empty while none is agreed.</summary>
    public List<ActionDocument>? Actions { get; set; }
}

/// <summary>One action of a recommendation.</summary>
public sealed class ActionDocument
{
    [Required]
    public string? Id { get; set; }

    /// <summary>The agency that owns it: an agency of the arrangements in force on the recommendation's date.</summary>
    [Required]
    public string? Owner { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? DueOn { get; set; }

    [Required]
    [AllowedValues("open", "inProgress", "done")]
    public string? Status { get; set; }

    /// <summary>The day its status last changed: for a done action, the day it was done (required then).</summary>
    [DataType(DataType.Date)]
    public string? StatusChangedOn { get; set; }

    /// <summary>For a done action, the evidence of its impact; leave out while none is claimed.</summary>
    public ImpactDocument? Impact { get; set; }
}

/// <summary>The evidence that a done action changed practice.</summary>
public sealed class ImpactDocument
{
    /// <summary>What was checked (about practice, never a child).</summary>
    [Required]
    public string? Checked { get; set; }

    [Required]
    [DataType(DataType.Date)]
    public string? CheckedOn { get; set; }

    /// <summary>The multi-agency audit that checked it (an audit's id in these records), when one did.</summary>
    public string? Audit { get; set; }
}

/// <summary>A multi-agency audit.</summary>
public sealed class AuditDocument
{
    [Required]
    public string? Id { get; set; }

    /// <summary>What it looks at; the same words in an earlier audit or recommendation make a repeat theme.</summary>
    [Required]
    public string? Theme { get; set; }

    /// <summary>The body that commissioned it (a body of the arrangements in force on plannedFor).</summary>
    [Required]
    public string? CommissionedBy { get; set; }

    /// <summary>The day it is planned to be finished.</summary>
    [Required]
    [DataType(DataType.Date)]
    public string? PlannedFor { get; set; }

    [DataType(DataType.Date)]
    public string? CompletedOn { get; set; }

    /// <summary>How it gathered evidence.</summary>
    public List<string>? Methods { get; set; }

    /// <summary>What it found, in a few words each (about practice only).</summary>
    public List<string>? Findings { get; set; }
}
