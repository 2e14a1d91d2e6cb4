namespace Lscp.Rules.Catalogue;

/// <summary>How sure we are of a rule's source (the domain brief's C, L and P).</summary>
public enum Confidence
{
    /// <summary>C: confirmed in law, or in the guidance's own words quoted by several partnerships.</summary>
    Confirmed,

    /// <summary>L: widely stated by partnerships; the exact wording not seen. Its values are parameters.</summary>
    Likely,

    /// <summary>P: local practice of one or a few partnerships. Its values are parameters.</summary>
    LocalPractice,
}
