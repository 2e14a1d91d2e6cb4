using System.Text.Json;
using Lscp.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lscp.Http.Problems;

/// <summary>
/// Builds the RFC 9457 answers of the Lscp endpoints. They are written by ASP.NET Core's problem details service, as are
/// the problems the framework itself answers (unknown routes, wrong methods, status-code pages, a 500), so every error
/// has one shape: type, title, status, detail, instance, traceId, and <c>errors</c> when the request's content was wrong.
/// At most <see cref="ApiProblem.MaxListedErrors"/> errors are listed, each path shown by the echo rule
/// (<c>Echo.Path</c>), and <c>errorsNotListed</c> counts the rest.
/// </summary>
internal static class ProblemResult
{
    /// <summary>The problem with <paramref name="status"/>, a title, this occurrence in words, and the errors by element.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="title">A short summary of the problem type.</param>
    /// <param name="detail">This occurrence in words.</param>
    /// <param name="errors">The errors to list (only the first <see cref="ApiProblem.MaxListedErrors"/> are).</param>
    /// <param name="found">How many errors were found, when more than <paramref name="errors"/> holds; its count otherwise.</param>
    public static ProblemHttpResult Create(int status, string title, string detail, IReadOnlyList<ApiError>? errors = null, int? found = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (errors is { Count: > 0 })
        {
            var listed = new ApiError[Math.Min(errors.Count, ApiProblem.MaxListedErrors)];
            for (var i = 0; i < listed.Length; i++)
            {
                listed[i] = errors[i] with { Path = Echo.Path(errors[i].Path) };
            }

            // Written now with the contract's context, so the host's JSON options cannot rename or reshape the list.
            problem.Extensions["errors"] = JsonSerializer.SerializeToElement(listed, LscpJsonContext.Default.IReadOnlyListApiError);
            var notListed = Math.Max(found ?? errors.Count, errors.Count) - listed.Length;
            if (notListed > 0)
            {
                problem.Extensions["errorsNotListed"] = notListed;
            }
        }

        return TypedResults.Problem(problem);
    }
}
