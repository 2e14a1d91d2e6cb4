namespace Lscp.Rules.Reporting;

/// <summary>The support team's three questions, which the report's measures answer.</summary>
public enum ReportQuestion
{
    /// <summary>How much have we done?</summary>
    HowMuch,

    /// <summary>How well have we done it?</summary>
    HowWell,

    /// <summary>What difference has it made?</summary>
    Difference,
}
