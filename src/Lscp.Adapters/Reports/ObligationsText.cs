using System.Globalization;
using System.Text;
using Lscp.Contracts;

namespace Lscp.Adapters;

/// <summary>Renders what is due (<see cref="ObligationsResponse"/>, the service's answer) as plain text: overdue first, then by week, then each rule's source once.</summary>
public static class ObligationsText
{
    /// <summary>The list as text: the overdue, then each week (from Monday) of the horizon with something due in it.</summary>
    public static string Render(ObligationsResponse list)
    {
        Guard.Against.Null(list);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"WHAT IS DUE for '{list.PartnershipId}' on {list.AsOf:uuuu-MM-dd}, to {list.Until:uuuu-MM-dd}: {list.Obligations.Count} obligation(s), {list.Obligations.Count(o => o.Overdue)} overdue");
        void Item(Obligation o)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {o.LatestOn:ddd d MMM uuuu} {o.RuleId} {o.Subject}: {o.Action}");
            foreach (var fact in o.ToConfirm ?? [])
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    to confirm: {fact.Fact} ({EnumNames.NameOf(fact.Provenance)}: {fact.Note})");
            }
        }

        if (list.Obligations.Any(o => o.Overdue))
        {
            text.AppendLine("Overdue");
            foreach (var o in list.Obligations.Where(o => o.Overdue))
            {
                Item(o);
            }
        }

        foreach (var week in list.Obligations.Where(o => !o.Overdue).GroupBy(o => o.LatestOn.PlusDays(1 - (int)o.LatestOn.DayOfWeek)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Week of {week.Key:ddd d MMM uuuu}");
            foreach (var o in week)
            {
                Item(o);
            }
        }

        text.AppendLine("Sources");
        foreach (var (id, rule) in list.Rules)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {id} {rule.Title}: {ComplianceReportText.Cite(rule.Citation)}");
        }

        return text.ToString();
    }
}
