namespace Lscp.Model.Serialization;

// The JSON document format of a partnership's records. Dates and enum values are strings here so that a bad value becomes
// a validation error with its JSON path; RecordsDocumentMapper turns them into Lscp.Model.Records types.
#pragma warning disable CS1591 // The members are documented by the README's records format section, field by field.

/// <summary>The root of a records document: meetings, decisions under delegation, serious incidents and yearly reports.</summary>
public sealed class RecordsDocument
{
    public List<MeetingDocument>? Meetings { get; set; }

    public List<DecisionDocument>? Decisions { get; set; }

    public List<IncidentDocument>? Incidents { get; set; }

    public List<YearlyReportDocument>? YearlyReports { get; set; }
}

/// <summary>A meeting.</summary>
public sealed class MeetingDocument
{
    public string? Id { get; set; }

    public string? Body { get; set; }

    public string? Date { get; set; }

    public string? Chair { get; set; }

    public bool? ChairWasDeputy { get; set; }

    public List<AttendanceDocument>? Attendance { get; set; }
}

/// <summary>A seat's attendance: status is present, deputyAttended, apologies or absent.</summary>
public sealed class AttendanceDocument
{
    public string? Agency { get; set; }

    public string? Representative { get; set; }

    public string? Status { get; set; }

    public string? Deputy { get; set; }

    public bool? ChairAgreedDeputy { get; set; }
}

/// <summary>A decision taken in a delegated post.</summary>
public sealed class DecisionDocument
{
    public string? Id { get; set; }

    public string? Date { get; set; }

    public string? Post { get; set; }

    public string? Description { get; set; }
}

/// <summary>A serious incident, by opaque case reference only.</summary>
public sealed class IncidentDocument
{
    public string? CaseReference { get; set; }

    public string? LocalAuthorityAwareOn { get; set; }

    public string? NotifiedPanelOn { get; set; }

    public string? ReportedToPartnersOn { get; set; }

    public string? RapidReviewSentOn { get; set; }

    public string? Decision { get; set; }

    public LocalReviewDocument? LocalReview { get; set; }
}

/// <summary>A local child safeguarding practice review.</summary>
public sealed class LocalReviewDocument
{
    public string? InitiatedOn { get; set; }

    public string? FinalReportSentOn { get; set; }

    public string? PublishedOn { get; set; }

    public List<PauseDocument>? Pauses { get; set; }
}

/// <summary>A pause of a local review's publication clock.</summary>
public sealed class PauseDocument
{
    public string? From { get; set; }

    public string? To { get; set; }

    public string? Reason { get; set; }
}

/// <summary>A yearly report.</summary>
public sealed class YearlyReportDocument
{
    public string? CoversFrom { get; set; }

    public string? CoversTo { get; set; }

    public string? PublishedOn { get; set; }

    public string? SentToPanelOn { get; set; }

    public string? SentToWhatWorksOn { get; set; }
}
