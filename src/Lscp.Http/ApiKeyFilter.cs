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
        var keys = options.Value.ApiKeys;
        if (keys.Count == 0)
        {
            return next(context);
        }

        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (given.Length > 0 && Matches(keys, given))
        {
            return next(context);
        }

        context.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
        return ValueTask.FromResult<object?>(ProblemResult.Create(StatusCodes.Status401Unauthorized, "API key required", given.Length == 0
            ? $"This service asks for an API key in the {Header} header."
            : $"The API key in the {Header} header is not one this service accepts."));
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
