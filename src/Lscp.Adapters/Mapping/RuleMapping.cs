using Lscp.Rules.Catalogue;
using Lscp.Rules.Reporting;
using C = Lscp.Contracts;

namespace Lscp.Adapters;

/// <summary>The rule catalogue and citations, from the rules' types to the wire's.</summary>
public static class RuleMapping
{
    /// <summary>A rule of the catalogue on the wire, with its citation, dates and parameters.</summary>
    public static C.RuleDefinition ToContract(this RuleDefinition rule) => new(
        rule.Id,
        rule.Title,
        rule.Area switch
        {
            RuleArea.Governance => C.RuleArea.Governance,
            RuleArea.Timescale => C.RuleArea.Timescale,
            RuleArea.Learning => C.RuleArea.Learning,
        },
        rule.Citation.ToContract(),
        rule.AppliesDuring.Start,
        rule.AppliesDuring.End,
        [.. rule.Parameters.Select(p => new C.RuleParameter(
            p.Name,
            p.Description,
            p.Kind switch
            {
                ParameterKind.Number => C.ParameterKind.Number,
                ParameterKind.Choice => C.ParameterKind.Choice,
            },
            p.DefaultValue,
            [.. p.Choices],
            p.Minimum,
            p.Maximum,
            p.DefaultBasis is { } basis ? new C.Basis(basis.Provenance.ToContract(), basis.Note) : null))]);

    /// <summary>A citation on the wire, with its confidence and the words quoted.</summary>
    public static C.Citation ToContract(this Citation citation) => new(citation.Source, citation.Confidence switch
    {
        Confidence.Confirmed => C.Confidence.Confirmed,
        Confidence.Likely => C.Confidence.Likely,
        Confidence.LocalPractice => C.Confidence.LocalPractice,
    }, citation.Quotes.IsEmpty ? null : [.. citation.Quotes.Select(q => new C.Quote(q.Words, q.Where, q.Url))]);

    /// <summary>A fact to confirm, on the wire.</summary>
    public static C.FactToConfirm ToConfirm(this Lscp.Model.FactBasis basis) => new(basis.Fact, basis.Provenance.ToContract(), basis.Note);

    /// <summary>The facts to confirm of a finding or a clock; null (left out) when there are none.</summary>
    public static IReadOnlyList<C.FactToConfirm>? ToConfirm(this System.Collections.Immutable.ImmutableArray<Lscp.Model.FactBasis> basis) =>
        basis.IsEmpty ? null : [.. basis.Select(b => b.ToConfirm())];

    /// <summary>The rules a report or a list of clocks cites, each once, by id, with its title, citation and (for a clock) counting.</summary>
    public static IReadOnlyDictionary<string, C.RuleReference> ToContract(this IEnumerable<CitedRule> cited)
    {
        var rules = new SortedDictionary<string, C.RuleReference>(StringComparer.Ordinal);
        foreach (var rule in cited)
        {
            rules[rule.RuleId] = new(rule.Title, rule.Citation.ToContract(), rule.Counting);
        }

        return rules;
    }
}
