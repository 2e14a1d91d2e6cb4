using System.Collections.Immutable;
using Lscp.Rules.Compliance.Governance;

namespace Lscp.Rules.Compliance;

/// <summary>The governance rules, one instance each (they hold no state).</summary>
public static class GovernanceRules
{
    /// <summary>Every governance rule, in catalogue order.</summary>
    public static ImmutableArray<ComplianceRule> All { get; } =
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
}
