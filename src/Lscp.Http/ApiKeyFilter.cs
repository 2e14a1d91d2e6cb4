using System.Security.Cryptography;
using System.Text;
using Lscp.Http.Problems;
using Microsoft.Extensions.Options;

namespace Lscp.Http;

/// <summary>When <see cref="LscpOptions.ApiKeys"/> is not empty, a <c>/v1</c> request must carry one of them in <c>X-Api-Key</c>; else 401.</summary>
internal sealed class ApiKeyFilter(IOptions<LscpOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

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
    public static bool IsAuthenticated(HttpContext context, LscpOptions options)
    {
        if (options.ApiKeys.Count == 0)
        {
            return true;
        }

        var given = context.Request.Headers[Header].ToString();
        return given.Length > 0 && Matches(options.ApiKeys, given);
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
        return given.Length > 0 && forThisFeed.Count > 0 && Matches(forThisFeed, given);
    }

    /// <summary>Compares hashes of both sides in fixed time, so neither a key's length nor its content shows in the timing.</summary>
    private static bool Matches(IReadOnlyCollection<string> keys, string given)
    {
        var givenHash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        var match = false;
        foreach (var key in keys)
        {
            match |= CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), givenHash);
        }

        return match;
    }
}
