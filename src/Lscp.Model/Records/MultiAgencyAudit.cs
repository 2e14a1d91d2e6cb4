using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Model.Records;

/// <summary>
/// A multi-agency audit: its theme, the group that commissioned it, the day it is planned to be finished and the day it
/// was, how it gathered evidence and what it found. The recommendations it raises are recommendations whose source is
/// <see cref="RecommendationSource.Audit"/> and whose reference is this audit's id. Findings are about practice, never a child.
/// </summary>
public sealed record MultiAgencyAudit
{
    /// <summary>Records an audit.</summary>
    /// <param name="id">Its stable id, unique across the records' audits.</param>
    /// <param name="theme">What it looks at, such as "neglect"; the same words in an earlier audit or recommendation make a repeat theme.</param>
    /// <param name="commissionedBy">The body that commissioned it (a body of the arrangements in force on <paramref name="plannedFor"/>).</param>
    /// <param name="plannedFor">The day it is planned to be finished.</param>
    /// <param name="completedOn">The day it was finished, or null while it is not.</param>
    /// <param name="methods">How it gathered evidence.</param>
    /// <param name="findings">What it found, in a few words each (about practice only).</param>
    public MultiAgencyAudit(string id, string theme, string commissionedBy, LocalDate plannedFor, LocalDate? completedOn, IEnumerable<AuditMethod> methods, IEnumerable<string> findings)
    {
        Id = Guard.Against.InvalidId(id);
        Theme = Guard.Against.BlankText(theme).Trim();
        CommissionedBy = Guard.Against.InvalidId(commissionedBy);
        PlannedFor = plannedFor;
        CompletedOn = completedOn;
        Methods = [.. Guard.Against.Null(methods).Select(m => Guard.Against.EnumOutOfRange(m))];
        Findings = [.. Guard.Against.Null(findings).Select(f => Guard.Against.BlankText(f))];
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>What it looks at.</summary>
    public string Theme { get; }

    /// <summary>The body that commissioned it.</summary>
    public string CommissionedBy { get; }

    /// <summary>The day it is planned to be finished.</summary>
    public LocalDate PlannedFor { get; }

    /// <summary>The day it was finished, or null.</summary>
    public LocalDate? CompletedOn { get; }

    /// <summary>How it gathered evidence (compared item by item).</summary>
    public ImmutableArray<AuditMethod> Methods { get => _methods.Items; private init => _methods = value; }

    private readonly ValueArray<AuditMethod> _methods;

    /// <summary>What it found (compared item by item).</summary>
    public ImmutableArray<string> Findings { get => _findings.Items; private init => _findings = value; }

    private readonly ValueArray<string> _findings;
}
