namespace Lscp.Rules.Reporting;

/// <summary>The report's summary verdict.</summary>
public enum Verdict
{
    /// <summary>No breach and no warning.</summary>
    Compliant,

    /// <summary>No breach, but warnings to attend to.</summary>
    CompliantWithWarnings,

    /// <summary>At least one breach.</summary>
    NotCompliant,

    /// <summary>
    /// Nothing in the period could be assessed (it ends before the partnership's first arrangements, or starts after the
    /// evaluation date): no finding is not the same as compliance.
    /// </summary>
    NotAssessed,
}
