namespace Lscp.Model;

/// <summary>A person holding a post for a period (both ends inclusive).</summary>
public sealed record PostHolding
{
    /// <summary>Creates a holding.</summary>
    /// <param name="postId">The post held.</param>
    /// <param name="person">The holder's name as published, or null when the arrangements name the post but not the person.</param>
    /// <param name="period">When the post was held (both ends inclusive).</param>
    /// <param name="source">Where the name and dates come from, so a reader can judge them.</param>
    public PostHolding(string postId, string? person, EffectivePeriod period, string source)
    {
        PostId = Guard.Against.InvalidId(postId);
        Person = person is null ? null : Guard.Against.BlankText(person);
        Period = period;
        Source = Guard.Against.BlankText(source);
    }

    /// <summary>The post held.</summary>
    public string PostId { get; }

    /// <summary>The holder's name, or null when only the post is on record.</summary>
    public string? Person { get; }

    /// <summary>When the post was held (both ends inclusive).</summary>
    public EffectivePeriod Period { get; }

    /// <summary>Where the name and dates come from.</summary>
    public string Source { get; }
}
