namespace Lscp.Model;

/// <summary>Whether a member counts towards a body's quorum.</summary>
public enum MembershipKind
{
    /// <summary>A full member, counted for quorum and attendance.</summary>
    Core,

    /// <summary>An adviser who attends but is not counted for quorum.</summary>
    Advisory,
}
