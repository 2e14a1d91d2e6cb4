using System.Net;
using Lscp.Client.Contracts;

namespace Lscp.Client;

/// <summary>The facade answered with a non-2xx status. <see cref="Problem"/> carries its problem+json, which names the field and the problem.</summary>
public sealed class LscpApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LscpApiException(HttpStatusCode status, ApiProblem? problem)
        : base($"The Lscp service answered {(int)status} {status}: {problem?.Detail ?? problem?.Title ?? "no detail"}")
    {
        Status = status;
        Problem = problem;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The problem details, when the body was problem+json.</summary>
    public ApiProblem? Problem { get; }
}
