namespace Lscp.Contracts.Documents;

// The scenario file format, read by the scenario runner (samples/Lscp.Scenarios) and by POST /v1/scenarios: YAML, or
// JSON, which is YAML too. Keys are camelCase; an unknown key is an error with its line. The partnership, records and
// rulebook parts are the library's own document formats, so a scenario's records can be posted to the service unchanged.
#pragma warning disable CS1591, CA1002, CA2227 // Plain document types filled by the readers; the README's scenario section documents each key.

public sealed class ScenarioDocument
{
    /// <summary>The JSON Schema the file claims to follow (scenario.schema.json), for editors; ignored when reading.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>A short name, shown in the report.</summary>
    public string? Name { get; set; }

    /// <summary>What the scenario is about.</summary>
    public string? Description { get; set; }

    /// <summary>A built-in partnership id, such as <c>lewisham</c>; or give <see cref="Arrangements"/>.</summary>
    public string? Partnership { get; set; }

    /// <summary>A whole partnership document, instead of a built-in id.</summary>
    public PartnershipDocument? Arrangements { get; set; }

    /// <summary>The period evaluated (both ends inclusive); the financial year containing <see cref="AsOf"/> when omitted.</summary>
    public PeriodDocument? Period { get; set; }

    /// <summary>The evaluation date, yyyy-MM-dd (required, so that a scenario gives the same answer every day).</summary>
    [System.ComponentModel.DataAnnotations.DataType(System.ComponentModel.DataAnnotations.DataType.Date)]
    public string? AsOf { get; set; }

    /// <summary>Local rulebook changes: parameter settings and dated suspensions over the standard rules.</summary>
    public RulebookDocument? Rulebook { get; set; }

    /// <summary>The records: meetings, decisions, incidents, yearly reports.</summary>
    public RecordsDocument? Records { get; set; }

    /// <summary>What the analyst expects; each is checked and reported pass or fail.</summary>
    public ExpectDocument? Expect { get; set; }
}

/// <summary>A period, both ends inclusive.</summary>
public sealed class PeriodDocument
{
    /// <summary>The first day, yyyy-MM-dd.</summary>
    [System.ComponentModel.DataAnnotations.DataType(System.ComponentModel.DataAnnotations.DataType.Date)]
    public string? Start { get; set; }

    /// <summary>The last day, yyyy-MM-dd.</summary>
    [System.ComponentModel.DataAnnotations.DataType(System.ComponentModel.DataAnnotations.DataType.Date)]
    public string? End { get; set; }
}

/// <summary>Expectations.</summary>
public sealed class ExpectDocument
{
    /// <summary>compliant, compliantWithWarnings or notCompliant.</summary>
    public string? Verdict { get; set; }

    /// <summary>Findings expected, by rule id and subject (and severity, if given).</summary>
    public List<FindingExpectation>? Findings { get; set; }

    /// <summary>When true (the default), every breach and warning found must be listed in <see cref="Findings"/>.</summary>
    public bool? NoOtherFindings { get; set; }

    /// <summary>Statutory clocks expected, by rule id and subject.</summary>
    public List<DeadlineExpectation>? Deadlines { get; set; }

    /// <summary>Measures expected.</summary>
    public MeasuresExpectation? Measures { get; set; }
}

/// <summary>A finding expected.</summary>
public sealed class FindingExpectation
{
    /// <summary>The rule id, such as GOV-QUORUM-01.</summary>
    public string? Rule { get; set; }

    /// <summary>The subject, such as meeting:executive-2024-09-10.</summary>
    public string? Subject { get; set; }

    /// <summary>breach, warning or information (optional).</summary>
    public string? Severity { get; set; }

    /// <summary>
    /// Optional: true when the finding must rest on a fact to confirm (inferred, or a default) and so not count towards the
    /// verdict; false when it must rest only on published facts and the records.
    /// </summary>
    public bool? ToConfirm { get; set; }
}

/// <summary>A statutory clock expected.</summary>
public sealed class DeadlineExpectation
{
    /// <summary>The rule id, such as TS-RAPID-01.</summary>
    public string? Rule { get; set; }

    /// <summary>The subject, such as incident:LSCP-2024-002.</summary>
    public string? Subject { get; set; }

    /// <summary>The due date, yyyy-MM-dd (optional).</summary>
    public string? Due { get; set; }

    /// <summary>met, metLate, due, overdue, paused or awaitingAnchor (optional).</summary>
    public string? Status { get; set; }
}

/// <summary>Measures expected; each given one is checked.</summary>
public sealed class MeasuresExpectation
{
    /// <summary>Meetings held in the assessed days.</summary>
    public int? MeetingsHeld { get; set; }

    /// <summary>Percentage of meetings with a quorum rule that were quorate.</summary>
    public decimal? PercentQuorate { get; set; }

    /// <summary>Incidents notified to the Panel.</summary>
    public int? IncidentsNotified { get; set; }

    /// <summary>Rapid reviews sent to the Panel.</summary>
    public int? RapidReviewsCompleted { get; set; }

    /// <summary>Local reviews initiated.</summary>
    public int? LocalReviewsInitiated { get; set; }

    /// <summary>Local reviews published.</summary>
    public int? LocalReviewsPublished { get; set; }

    /// <summary>Yearly reports published.</summary>
    public int? YearlyReportsPublished { get; set; }

    /// <summary>Actions done by their due date, as a percentage of those due (-1 for none due).</summary>
    public decimal? ActionsOnTimePercent { get; set; }

    /// <summary>Actions done with evidence of impact, as a percentage of those done (-1 for none done).</summary>
    public decimal? ImpactEvidencedPercent { get; set; }

    /// <summary>Planned multi-agency audits finished, as a percentage of those planned (-1 for none planned).</summary>
    public decimal? AuditsCompletedPercent { get; set; }

    /// <summary>Themes raised again (by an audit or review that an earlier one raised too).</summary>
    public int? RepeatThemes { get; set; }
}
