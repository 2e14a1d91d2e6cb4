using NodaTime;

namespace Lscp.Model.Records;

/// <summary>
/// The evidence that a finished action changed practice: what was checked, when, and by which audit when one did it.
/// Words only about practice, never about a child.
/// </summary>
public sealed record ImpactEvidence
{
    /// <summary>Records the evidence of an action's impact.</summary>
    /// <param name="checked">What was checked, such as "re-audit of 12 strategy discussions: health invited in 11".</param>
    /// <param name="checkedOn">The day it was checked.</param>
    /// <param name="auditId">The multi-agency audit that checked it (an audit of the records), or null when none did.</param>
    public ImpactEvidence(string @checked, LocalDate checkedOn, string? auditId = null)
    {
        Checked = Guard.Against.BlankText(@checked);
        CheckedOn = checkedOn;
        AuditId = auditId is null ? null : Guard.Against.InvalidId(auditId);
    }

    /// <summary>What was checked.</summary>
    public string Checked { get; }

    /// <summary>The day it was checked.</summary>
    public LocalDate CheckedOn { get; }

    /// <summary>The audit that checked it, or null.</summary>
    public string? AuditId { get; }
}
