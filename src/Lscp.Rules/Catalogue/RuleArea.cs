namespace Lscp.Rules.Catalogue;

/// <summary>The family a rule belongs to.</summary>
public enum RuleArea
{
    /// <summary>Accountability, delegation, quorum, chairing, cadence and attendance.</summary>
    Governance,

    /// <summary>Statutory clocks on case reviews and the yearly report.</summary>
    Timescale,

    /// <summary>Learning from practice: review and audit recommendations, their actions and impact, and multi-agency audits.</summary>
    Learning,
}
