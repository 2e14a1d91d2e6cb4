namespace Lscp.Rules.Compliance;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>For the record: nothing is wrong (a rule suspended, a deputy chair, a date before the arrangements).</summary>
    Information,

    /// <summary>Short of a breach, but worth the partnership's attention.</summary>
    Warning,

    /// <summary>A rule was broken.</summary>
    Breach,
}
