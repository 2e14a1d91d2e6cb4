using System.Security.Cryptography;
using System.Text;
using Lscp.Http.Problems;
using Microsoft.Extensions.Options;

namespace Lscp.Http;

/// <summary>When <see cref="LscpOptions.ApiKeys"/> is not empty, a <c>/v1</c> request must carry one of them in <c>X-Api-Key</c>; else 401.</summary>
internal sealed class ApiKeyFilter(IOptions<LscpOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    private const string KeyItem = "Lscp.ApiKey";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (IsAuthenticated(context.HttpContext, options.Value) || OpensFeed(context.HttpContext, options.Value))
        {
            return next(context);
        }

        var given = context.HttpContext.Request.Headers[Header].ToString();

        context.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
        return ValueTask.FromResult<object?>(ProblemResult.Create(StatusCodes.Status401Unauthorized, "API key required", given.Length == 0
            ? $"This service asks for an API key in the {Header} header."
            : $"The API key in the {Header} header is not one this service accepts."));
    }

    /// <summary>True when no key is asked for, or the request carries one of <see cref="LscpOptions.ApiKeys"/>.</summary>
    public static bool IsAuthenticated(HttpContext context, LscpOptions options) => options.ApiKeys.Count == 0 || KeyOf(context, options) >= 0;

    /// <summary>
    /// The position in <see cref="LscpOptions.ApiKeys"/> of the key the request carries, or -1 when it carries none of
    /// them. Worked out once a request (the rate limiter asks first, then this filter).
    /// </summary>
    public static int KeyOf(HttpContext context, LscpOptions options)
    {
        if (context.Items.TryGetValue(KeyItem, out var known) && known is int index)
        {
            return index;
        }

        var given = context.Request.Headers[Header].ToString();
        var found = given.Length > 0 && options.ApiKeys.Count > 0 ? Matching(options.ApiKeys, given) : -1;
        context.Items[KeyItem] = found;
        return found;
    }

    /// <summary>
    /// True when the route takes feed tokens (<see cref="FeedTokenMetadata"/>) and the request's <c>token</c> is the one
    /// configured for this partnership and body.
    /// </summary>
    private static bool OpensFeed(HttpContext context, LscpOptions options)
    {
        if (options.FeedTokens.Count == 0 || context.GetEndpoint()?.Metadata.GetMetadata<FeedTokenMetadata>() is null)
        {
            return false;
        }

        var given = context.Request.Query["token"].ToString();
        var id = context.Request.RouteValues["id"] as string;
        var body = context.Request.RouteValues["bodyId"] as string;
        var forThisFeed = options.FeedTokens.Where(t => t.Partnership == id && t.Body == body).Select(t => t.Token).ToList();
        return given.Length > 0 && forThisFeed.Count > 0 && Matching(forThisFeed, given) >= 0;
    }

    /// <summary>
    /// The position of <paramref name="given"/> among <paramref name="keys"/>, or -1. Compares hashes of both sides in fixed
    /// time, every key each time, so neither a key's length nor its content nor its position shows in the timing.
    /// </summary>
    private static int Matching(IReadOnlyCollection<string> keys, string given)
    {
        var givenHash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        var match = -1;
        var position = 0;
        foreach (var key in keys)
        {
            var equal = CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), givenHash);
            match = equal ? position : match;
            position++;
        }

        return match;
    }
}
