namespace Lscp.Model.Records;

/// <summary>How a multi-agency audit gathered its evidence (the activities Lewisham's arrangements name).</summary>
public enum AuditMethod
{
    /// <summary>Case files audited by the agencies together.</summary>
    CaseAudit,

    /// <summary>Practitioners interviewed, consulted or in discussion.</summary>
    PractitionerInterviews,

    /// <summary>Children, young people or parents interviewed.</summary>
    FamilyInterviews,

    /// <summary>A survey.</summary>
    Survey,
}
