namespace Lscp.Rules.Governance;

/// <summary>A quorum answer has three values, not two: a body that sets no quorum is neither quorate nor inquorate.</summary>
public enum QuorumOutcome
{
    /// <summary>Every condition of the body's quorum rule held.</summary>
    Quorate,

    /// <summary>At least one condition failed; the result lists which.</summary>
    NotQuorate,

    /// <summary>The body sets no quorum (or none is published), so quorum is not assessed.</summary>
    NoRule,
}
