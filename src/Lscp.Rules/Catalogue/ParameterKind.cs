namespace Lscp.Rules.Catalogue;

/// <summary>The kind of value a rule parameter takes.</summary>
public enum ParameterKind
{
    /// <summary>A decimal number, written in invariant form ("0.75", "14").</summary>
    Number,

    /// <summary>One of a fixed list of words (<see cref="RuleParameter.Choices"/>).</summary>
    Choice,
}
