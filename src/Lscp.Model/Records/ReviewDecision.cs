namespace Lscp.Model.Records;

/// <summary>What the rapid review decided about a serious incident.</summary>
public enum ReviewDecision
{
    /// <summary>A local child safeguarding practice review (LCSPR) will be held.</summary>
    LocalReview,

    /// <summary>No further review.</summary>
    NoReview,

    /// <summary>Referred to the Child Safeguarding Practice Review Panel for a national review.</summary>
    NationalReview,
}
