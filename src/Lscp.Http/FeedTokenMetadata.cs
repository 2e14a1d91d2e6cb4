namespace Lscp.Http;

/// <summary>Marks the routes a <see cref="FeedToken"/> may open (the <c>schedule.ics</c> feed only).</summary>
internal sealed class FeedTokenMetadata
{
    public static readonly FeedTokenMetadata Instance = new();
}
