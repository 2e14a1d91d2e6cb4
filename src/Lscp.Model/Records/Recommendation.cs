using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Model.Records;

/// <summary>
/// A recommendation of a review or an audit, by reference only (a case reference, a national review's title, an audit's
/// id), with the actions agreed to carry it out. No child's details: references and dates only, as for incidents.
/// </summary>
public sealed record Recommendation
{
    /// <summary>Records a recommendation.</summary>
    /// <param name="id">Its stable id, unique across the records' recommendations.</param>
    /// <param name="source">What made it.</param>
    /// <param name="reference">Which one: the incident's case reference for a rapid or local review, the national review's title, or the audit's id.</param>
    /// <param name="madeOn">The day it was made (a review's publication, an audit's report).</param>
    /// <param name="theme">The practice theme it is about, such as "information sharing", or null; the same words in two records make a repeat theme.</param>
    /// <param name="actions">The actions agreed to carry it out, none yet when empty.</param>
    public Recommendation(string id, RecommendationSource source, string reference, LocalDate madeOn, string? theme, IEnumerable<LearningAction> actions)
    {
        Id = Guard.Against.InvalidId(id);
        Source = Guard.Against.EnumOutOfRange(source);
        Reference = Guard.Against.BlankText(reference);
        MadeOn = madeOn;
        Theme = theme is null ? null : Guard.Against.BlankText(theme).Trim();
        Actions = [.. Guard.Against.Null(actions)];
        Guard.Against.Unmet(Actions.All(a => a is not null), $"Recommendation '{id}' has a null action.", parameterName: nameof(actions));
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>What made it.</summary>
    public RecommendationSource Source { get; }

    /// <summary>Which review or audit made it.</summary>
    public string Reference { get; }

    /// <summary>The day it was made.</summary>
    public LocalDate MadeOn { get; }

    /// <summary>The practice theme, or null.</summary>
    public string? Theme { get; }

    /// <summary>The actions agreed, in the order given (compared item by item).</summary>
    public ImmutableArray<LearningAction> Actions { get => _actions.Items; private init => _actions = value; }

    private readonly ValueArray<LearningAction> _actions;
}
