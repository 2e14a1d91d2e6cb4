using Lscp.Rules.Catalogue;
using C = Lscp.Contracts;

namespace Lscp.Http.Mapping;

/// <summary>The rule catalogue and citations, from the rules' types to the wire's.</summary>
internal static class RuleMapping
{
    public static C.RuleDefinition ToContract(this RuleDefinition rule) => new(
        rule.Id,
        rule.Title,
        rule.Area switch
        {
            RuleArea.Governance => C.RuleArea.Governance,
            RuleArea.Timescale => C.RuleArea.Timescale,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Area, "An area the wire format does not name."),
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
                _ => throw new ArgumentOutOfRangeException(nameof(rule), p.Kind, "A parameter kind the wire format does not name."),
            },
            p.DefaultValue,
            [.. p.Choices],
            p.Minimum,
            p.Maximum))]);

    public static C.Citation ToContract(this Citation citation) => new(citation.Source, citation.Confidence switch
    {
        Confidence.Confirmed => C.Confidence.Confirmed,
        Confidence.Likely => C.Confidence.Likely,
        Confidence.LocalPractice => C.Confidence.LocalPractice,
        _ => throw new ArgumentOutOfRangeException(nameof(citation), citation.Confidence, "A confidence the wire format does not name."),
    });
}
