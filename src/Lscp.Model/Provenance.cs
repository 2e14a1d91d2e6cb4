namespace Lscp.Model;

/// <summary>How sure a fact in the arrangements is: every answer that rests on a fact that is not published says so.</summary>
public enum Provenance
{
    /// <summary>Stated in the partnership's published arrangements (the version's source).</summary>
    Published,

    /// <summary>Not stated, but inferred from what is, with the reasoning given.</summary>
    Inferred,

    /// <summary>Not stated and not inferable: a default the partnership should confirm.</summary>
    Default,
}
