using System.Collections.Immutable;
using Lscp.Rules.Compliance.Governance;
using Lscp.Rules.Timescales;

namespace Lscp.Rules.Compliance;

/// <summary>Every rule the evaluator runs, one instance each (they hold no state), in catalogue order.</summary>
public static class ComplianceRules
{
    /// <summary>The governance rules.</summary>
    public static ImmutableArray<ComplianceRule> Governance { get; } =
    [
        new LeadInPost(),
        new DelegationValid(),
        new DecisionUnderDelegation(),
        new DelegateNamed(),
        new MeetingQuorate(),
        new ChairAsArranged(),
        new ChairRotates(),
        new MeetsEachInterval(),
        new NoLongGap(),
        new TaskAndFinishEnds(),
        new MemberAttendance(),
    ];

    /// <summary>The duties beyond the clocks.</summary>
    public static ImmutableArray<ComplianceRule> Duties { get; } =
    [
        new Duties.KeyDocumentSigned(),
        new Duties.KeyDocumentsInPlace(),
        new Duties.ArrangementsContents(),
        new Duties.ScrutinyInPlace(),
        new Duties.ScrutinyReported(),
        new Duties.YearlyReportRefersToScrutiny(),
        new Duties.ArrangementsUpdated(),
        new Duties.NoCeasedAgency(),
    ];

    /// <summary>The statutory clocks, as findings.</summary>
    public static ImmutableArray<ComplianceRule> Timescales { get; } = [.. DeadlineCalculator.Rules.Select(r => new DeadlineFindings(r))];

    /// <summary>Every rule.</summary>
    public static ImmutableArray<ComplianceRule> All { get; } = [.. Governance, .. Duties, .. Timescales];
}
