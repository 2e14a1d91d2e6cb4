namespace Lscp.Rules.Catalogue;

/// <summary>How sure we are of a rule's source, as the public words found support it.</summary>
public enum Confidence
{
    /// <summary>C: the law's own words, or the guidance's own words quoted alike by several partnerships.</summary>
    Confirmed,

    /// <summary>L: the guidance as partnerships state or summarise it; its exact words not seen. Its values are parameters.</summary>
    Likely,

    /// <summary>P: local practice of one or a few partnerships, or no public text found. Its values are parameters.</summary>
    LocalPractice,
}
