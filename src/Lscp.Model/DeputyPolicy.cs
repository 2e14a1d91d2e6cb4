namespace Lscp.Model;

/// <summary>Whether a member may send a deputy who then counts as the member being present.</summary>
public enum DeputyPolicy
{
    /// <summary>No deputy counts.</summary>
    NotAllowed,

    /// <summary>A deputy the member's agency authorised counts.</summary>
    Allowed,

    /// <summary>A deputy counts only when the chair agreed to it beforehand.</summary>
    WithChairAgreement,
}
