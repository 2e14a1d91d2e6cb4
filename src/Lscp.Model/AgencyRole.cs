namespace Lscp.Model;

/// <summary>An agency's standing in the arrangements.</summary>
public enum AgencyRole
{
    /// <summary>
    /// One of the three safeguarding partners named by the Children Act 2004 s16E: the local authority, the
    /// integrated care board (a CCG before 1 July 2022) and the chief officer of police for the area.
    /// </summary>
    StatutoryPartner,

    /// <summary>An agency the partners have named in their arrangements, which must cooperate (Children Act 2004 s16G).</summary>
    RelevantAgency,
}
