using Lscp.Rules.Compliance;
using Lscp.Rules.Reporting;
using C = Lscp.Contracts;

namespace Lscp.Adapters;

/// <summary>What is due, and when, from the rules' types to the wire's.</summary>
public static class ObligationMapping
{
    /// <summary>The list on the wire: every obligation by latest day, the rules cited once, and the versions.</summary>
    public static C.ObligationsResponse ToContract(this ObligationList list)
    {
        Guard.Against.Null(list);
        return new(
            list.PartnershipId,
            list.AsOf,
            list.Until,
            [.. list.Obligations.Select(ToContract)],
            list.Cited.ToContract(),
            list.RulebookVersion,
            list.CalendarVersion,
            list.LibraryVersion);
    }

    private static C.Obligation ToContract(Obligation obligation) => new(
        obligation.RuleId,
        obligation.Subject.ToString(),
        obligation.Action,
        obligation.LatestOn,
        obligation.Overdue,
        [.. obligation.Facts.Select(f => new C.Fact(f.Name, f.Value))],
        obligation.Basis.ToConfirm());
}
