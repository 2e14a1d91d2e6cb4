using System.Collections.Immutable;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Timescales;

namespace Lscp.Rules.Reporting;

/// <summary>A rule that a report's findings or clocks name, given once: its title and citation as the rulebook holds them.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Title">Its title, from the parameters in force.</param>
/// <param name="Citation">Its source, with the confidence the words found support.</param>
/// <param name="Counting">For a clock, how its days are counted; null for a rule that is not a clock.</param>
public sealed record CitedRule(string RuleId, string Title, Citation Citation, string? Counting = null)
{
    /// <summary>Each rule that <paramref name="deadlines"/> name, once, in id order, with the title, citation and counting each clock carries.</summary>
    public static ImmutableArray<CitedRule> Of(IEnumerable<Deadline> deadlines)
    {
        Guard.Against.Null(deadlines);
        return [.. ByClock(deadlines).Values];
    }

    /// <summary>
    /// Each rule that <paramref name="findings"/> or <paramref name="deadlines"/> name, once, in id order: a clock's with its
    /// own title, citation and counting; a finding's rule with its citation and the title <paramref name="rulebook"/> gives it.
    /// </summary>
    public static ImmutableArray<CitedRule> Of(Rulebook rulebook, IEnumerable<Finding> findings, IEnumerable<Deadline> deadlines)
    {
        Guard.Against.Null(rulebook);
        Guard.Against.Null(findings);
        Guard.Against.Null(deadlines);
        var cited = ByClock(deadlines);
        foreach (var finding in findings)
        {
            if (!cited.ContainsKey(finding.RuleId))
            {
                cited[finding.RuleId] = new(finding.RuleId, rulebook.Definition(finding.RuleId).Title, finding.Citation);
            }
        }

        return [.. cited.Values];
    }

    /// <summary>Each rule that <paramref name="obligations"/> name, once, in id order, with the title and citation each carries.</summary>
    public static ImmutableArray<CitedRule> Of(IEnumerable<Obligation> obligations)
    {
        Guard.Against.Null(obligations);
        var cited = new SortedDictionary<string, CitedRule>(StringComparer.Ordinal);
        foreach (var obligation in obligations)
        {
            cited.TryAdd(obligation.RuleId, new(obligation.RuleId, obligation.Title, obligation.Citation));
        }

        return [.. cited.Values];
    }

    private static SortedDictionary<string, CitedRule> ByClock(IEnumerable<Deadline> deadlines)
    {
        var cited = new SortedDictionary<string, CitedRule>(StringComparer.Ordinal);
        foreach (var deadline in deadlines)
        {
            cited.TryAdd(deadline.RuleId, new(deadline.RuleId, deadline.Title, deadline.Citation, deadline.Counting));
        }

        return cited;
    }
}
