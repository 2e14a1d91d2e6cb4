namespace Lscp.Model.Records;

/// <summary>The documents the three Lead Safeguarding Partners sign off jointly (Working Together 2023, chapter 2).</summary>
public enum KeyDocumentKind
{
    /// <summary>The published safeguarding arrangements, with the plan for independent scrutiny.</summary>
    Arrangements,

    /// <summary>The yearly report.</summary>
    YearlyReport,

    /// <summary>The shared annual budget.</summary>
    Budget,

    /// <summary>The local threshold document.</summary>
    Thresholds,
}
