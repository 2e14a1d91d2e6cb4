namespace Lscp.Model;

/// <summary>A seat on a body: the agency that fills it and the role of its representative.</summary>
public sealed record Membership
{
    /// <summary>Creates a membership.</summary>
    /// <param name="agencyId">The agency that fills the seat.</param>
    /// <param name="representative">The representative's role as published, such as "Chief Nurse".</param>
    /// <param name="kind">Core (counted for quorum) or advisory.</param>
    /// <param name="deputies">Whether a deputy counts as the member being present.</param>
    public Membership(string agencyId, string representative, MembershipKind kind = MembershipKind.Core, DeputyPolicy deputies = DeputyPolicy.Allowed)
    {
        AgencyId = Guard.Against.InvalidId(agencyId);
        Representative = Guard.Against.BlankText(representative);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.EnumOutOfRange(deputies);
        Kind = kind;
        Deputies = deputies;
    }

    /// <summary>The agency that fills the seat.</summary>
    public string AgencyId { get; }

    /// <summary>The representative's role as published.</summary>
    public string Representative { get; }

    /// <summary>Core or advisory.</summary>
    public MembershipKind Kind { get; }

    /// <summary>Whether a deputy counts.</summary>
    public DeputyPolicy Deputies { get; }
}
