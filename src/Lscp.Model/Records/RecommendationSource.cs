namespace Lscp.Model.Records;

/// <summary>Where a recommendation comes from: a review of a serious incident, a national review, or a multi-agency audit.</summary>
public enum RecommendationSource
{
    /// <summary>A rapid review of a serious incident (its reference is the incident's case reference).</summary>
    RapidReview,

    /// <summary>A local child safeguarding practice review (its reference is the incident's case reference).</summary>
    LocalReview,

    /// <summary>A national review by the Child Safeguarding Practice Review Panel (its reference is the review's title).</summary>
    NationalReview,

    /// <summary>A multi-agency audit of the partnership's (its reference is the audit's id).</summary>
    Audit,
}
