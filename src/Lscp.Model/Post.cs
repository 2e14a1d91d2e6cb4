namespace Lscp.Model;

/// <summary>
/// A post in an agency, such as "Executive Director for Children and Young People". People hold posts for
/// periods (<see cref="PostHolding"/>); accountability and delegation attach to posts, so they survive a change of holder.
/// </summary>
public sealed record Post
{
    /// <summary>Creates a post.</summary>
    /// <param name="id">A stable identifier, such as <c>lewisham-ed-cyp</c>.</param>
    /// <param name="agencyId">The agency the post belongs to.</param>
    /// <param name="title">The title as published.</param>
    public Post(string id, string agencyId, string title)
    {
        Id = Guard.Against.InvalidId(id);
        AgencyId = Guard.Against.InvalidId(agencyId);
        Title = Guard.Against.BlankText(title);
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>The agency the post belongs to.</summary>
    public string AgencyId { get; }

    /// <summary>The title as published.</summary>
    public string Title { get; }
}
