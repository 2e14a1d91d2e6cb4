using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Rules.Compliance;
using Lscp.Rules.Timescales;

namespace Lscp.Rules.Reporting;

/// <summary>
/// The compliance report of a partnership for a period: every governance and timescale finding, the statutory clocks in the
/// period, the measures that answer the support team's questions, and a verdict. <see cref="Result"/> names the rulebook,
/// calendar data and library versions and the evaluation date that produced it.
/// </summary>
/// <param name="Result">The findings and the versions.</param>
/// <param name="Deadlines">The clocks due, started or still open in the period.</param>
/// <param name="Measures">How much, and how well.</param>
/// <param name="Verdict">The summary verdict.</param>
/// <param name="Summary">The verdict in a sentence.</param>
public sealed record ComplianceReport(ComplianceResult Result, ImmutableArray<Deadline> Deadlines, ReportMeasures Measures, Verdict Verdict, string Summary)
{
    /// <summary>The clocks due, started or still open in the period (compared item by item).</summary>
    public ImmutableArray<Deadline> Deadlines { get => _deadlines.Items; init => _deadlines = value; }

    private readonly ValueArray<Deadline> _deadlines = Deadlines;

    /// <summary>
    /// Every fact a finding rests on that is not published (inferred, or a default of this library's), once: the findings
    /// resting on them are not counted in <see cref="Verdict"/> until the partnership confirms or corrects them (compared item by item).
    /// </summary>
    public ImmutableArray<FactBasis> ToConfirm { get => _toConfirm.Items; init => _toConfirm = value; }

    private readonly ValueArray<FactBasis> _toConfirm = ImmutableArray<FactBasis>.Empty;

    /// <summary>Every rule a finding or a clock names, once, in id order, with its title and citation (compared item by item).</summary>
    public ImmutableArray<CitedRule> Cited { get => _cited.Items; init => _cited = value; }

    private readonly ValueArray<CitedRule> _cited = ImmutableArray<CitedRule>.Empty;

    /// <summary>This period's measures against the previous period's, from the same records; null when the previous period has no assessed day.</summary>
    public PeriodComparison? Comparison { get; init; }
}
