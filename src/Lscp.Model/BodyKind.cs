namespace Lscp.Model;

/// <summary>What a body in the arrangements is.</summary>
public enum BodyKind
{
    /// <summary>The statutory partners' executive group, which sets direction and holds the arrangements to account.</summary>
    ExecutivePartnership,

    /// <summary>The wider partnership group drawn from the relevant agencies.</summary>
    PartnershipGroup,

    /// <summary>A standing subgroup, such as Learning from Practice.</summary>
    Subgroup,

    /// <summary>A time-limited group; it must have an end date.</summary>
    TaskAndFinishGroup,

    /// <summary>A group shared with neighbouring partnerships.</summary>
    CrossBoroughGroup,

    /// <summary>The officers who run the partnership day to day.</summary>
    SupportTeam,

    /// <summary>
    /// The child death overview panel, which the child death review partners (the local authority and the ICB, Children
    /// Act 2004 s16Q) set up to review the deaths of children in the area, often across several areas; it reports yearly
    /// (TS-CDR-02).
    /// </summary>
    ChildDeathOverviewPanel,
}
