namespace Lscp.Rules.Catalogue;

/// <summary>The kind of thing a finding or a clock is about; each is written as a word in <see cref="Subject"/>'s text.</summary>
public enum SubjectKind
{
    /// <summary>The partnership as a whole: <c>partnership:lewisham</c>.</summary>
    Partnership,

    /// <summary>An agency: <c>agency:met-police</c>.</summary>
    Agency,

    /// <summary>A body (board, group): <c>body:executive</c>.</summary>
    Body,

    /// <summary>A meeting: <c>meeting:executive-2024-05-14</c>.</summary>
    Meeting,

    /// <summary>A decision taken under delegation: <c>decision:d1</c>.</summary>
    Decision,

    /// <summary>A delegation: <c>delegation:la-dcs</c>.</summary>
    Delegation,

    /// <summary>A key document, by kind and title: <c>document:budget:Budget 2024-25</c>.</summary>
    Document,

    /// <summary>A serious incident, by case reference: <c>incident:LSCP-2024-003</c>.</summary>
    Incident,

    /// <summary>A child death, by case reference: <c>death-review:CDR-2024-01</c>.</summary>
    DeathReview,

    /// <summary>A child death overview panel report, by publication day or <c>next</c>: <c>death-review-report:2025-06-30</c>.</summary>
    DeathReviewReport,

    /// <summary>A yearly report, by label or <c>next</c>: <c>yearly-report:2024-25</c>.</summary>
    YearlyReport,

    /// <summary>A recommendation of a review or an audit, by id: <c>recommendation:lcspr-2024-003-r1</c>.</summary>
    Recommendation,

    /// <summary>An action of a recommendation, by id: <c>action:lcspr-2024-003-r1-a1</c>.</summary>
    Action,

    /// <summary>A multi-agency audit, by id: <c>audit:audit-2024-neglect</c>.</summary>
    Audit,
}
