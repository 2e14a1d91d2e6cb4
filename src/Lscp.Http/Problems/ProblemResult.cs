using System.Text.Json;
using Lscp.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lscp.Http.Problems;

/// <summary>
/// Builds the RFC 9457 answers of the Lscp endpoints. They are written by ASP.NET Core's problem details service, as are
/// the problems the framework itself answers (unknown routes, wrong methods, status-code pages, a 500), so every error
/// has one shape: type, title, status, detail, instance, traceId, and <c>errors</c> when the request's content was wrong.
/// </summary>
internal static class ProblemResult
{
    /// <summary>The problem with <paramref name="status"/>, a title, this occurrence in words, and the errors by element.</summary>
    public static ProblemHttpResult Create(int status, string title, string detail, IReadOnlyList<ApiError>? errors = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (errors is { Count: > 0 })
        {
            // Written now with the contract's context, so the host's JSON options cannot rename or reshape the list.
            problem.Extensions["errors"] = JsonSerializer.SerializeToElement(errors, LscpJsonContext.Default.IReadOnlyListApiError);
        }

        return TypedResults.Problem(problem);
    }
}
