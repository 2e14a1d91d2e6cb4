using NodaTime;

namespace Lscp.Rules.Catalogue;

/// <summary>
/// The sources and dates more than one rule cites. A source cited by one rule only is written in that rule's own file.
/// </summary>
internal static class Sources
{
    /// <summary>The safeguarding partners' duties in force (Children and Social Work Act 2017, commencing s16E).</summary>
    public static readonly LocalDate PartnersInForce = new(2018, 6, 29);

    /// <summary>Working Together to Safeguard Children 2023 in force.</summary>
    public static readonly LocalDate Wt2023InForce = new(2023, 12, 15);

    /// <summary>Child death review arrangements in place (Child Death Review Statutory and Operational Guidance 2018).</summary>
    public static readonly LocalDate CdrInPlace = new(2019, 9, 29);

    /// <summary>Leads may delegate, and stay accountable.</summary>
    public static readonly Citation Delegation = new("Working Together to Safeguard Children 2018, chapter 3, and 2023, chapter 2: leads may delegate functions but remain accountable", Confidence.Likely);

    /// <summary>The partnership's own published arrangements.</summary>
    public static readonly Citation Arrangements = new("The partnership's published arrangements (quorum, chair, cadence, membership)", Confidence.LocalPractice);

    /// <summary>The key documents signed off by the three leads.</summary>
    public static readonly Citation SignOff = new("Working Together to Safeguard Children 2023, chapter 2: the published arrangements, the yearly report, the shared budget and the threshold document are signed off by the three Lead Safeguarding Partners", Confidence.Likely);

    /// <summary>The scrutineer's yearly evaluation.</summary>
    public static readonly Citation ScrutinyReports = new("Working Together to Safeguard Children 2023, chapter 2: the scrutineer evaluates the arrangements and the yearly report; partnerships publish a scrutiny report each year (the number a local parameter)", Confidence.LocalPractice);
}
