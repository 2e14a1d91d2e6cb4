namespace Lscp.Http;

/// <summary>A secret that opens one body's iCalendar feed to a calendar app (see <see cref="LscpOptions.FeedTokens"/>).</summary>
/// <param name="Partnership">The partnership id, such as <c>lewisham</c>.</param>
/// <param name="Body">The body id, such as <c>executive</c>.</param>
/// <param name="Token">The secret: at least 32 characters, unguessable (for example 32 random bytes in base64url).</param>
public sealed record FeedToken(string Partnership, string Body, string Token)
{
    /// <summary>The shortest token accepted.</summary>
    public const int MinimumLength = 32;

    /// <summary>Never shows the secret.</summary>
    public override string ToString() => $"FeedToken {{ Partnership = {Partnership}, Body = {Body} }}";
}
