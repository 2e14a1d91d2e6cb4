using Lscp.Contracts;
using Refit;

namespace Lscp.Client;

/// <summary>
/// The service answered with a non-2xx status. <see cref="Problem"/> is its RFC 9457 problem, naming each field and what is
/// wrong with it; it is null only when the body was not problem+json (a proxy's error page, say). A Refit
/// <see cref="ApiException"/>, so code that catches those catches this too.
/// </summary>
public sealed class LscpApiException : ApiException
{
    internal LscpApiException(ApiException inner, ApiProblem? problem)
        : base(
            Describe(inner, problem),
            inner?.RequestMessage!,
            inner!.HttpMethod,
            inner.Content,
            inner.StatusCode,
            inner.ReasonPhrase,
            inner.Headers,
            inner.RefitSettings,
            inner)
    {
        Problem = problem;
    }

    /// <summary>The problem details, when the body was problem+json.</summary>
    public ApiProblem? Problem { get; }

    private static string Describe(ApiException inner, ApiProblem? problem) =>
        $"The Lscp service answered {(int)inner.StatusCode} {inner.StatusCode}: {problem?.Detail ?? problem?.Title ?? inner.ReasonPhrase ?? "no detail"}";
}
