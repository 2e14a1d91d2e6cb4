using Lscp.Adapters;
using Lscp.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lscp.Http.Problems;

/// <summary>
/// The problem answer of the problems found in one request's input. The status comes from what was found: 404 when
/// every problem is a missing resource, 400 otherwise.
/// </summary>
internal static class RequestErrors
{
    /// <summary>The problem answer for what was found.</summary>
    /// <remarks>The detail only counts: each problem is told once, in <c>errors</c>, so an answer never repeats what was refused.</remarks>
    public static ProblemHttpResult ToProblem(this InputProblems problems) => problems.OnlyNotFound
        ? ProblemResult.Create(StatusCodes.Status404NotFound, "Not found", "The request names something this service does not have; errors says what, with its path.", problems.Listed, problems.Found)
        : ProblemResult.Create(StatusCodes.Status400BadRequest, "Invalid request", Counted(problems.Found), problems.Listed, problems.Found);

    /// <summary>The detail of a problem that lists <paramref name="found"/> errors, or the first of them.</summary>
    public static string Counted(int found) => found switch
    {
        1 => "1 problem in the request, listed in errors with its path.",
        <= ApiProblem.MaxListedErrors => $"{found} problems in the request, each listed in errors with its path.",
        _ => $"{found} problems in the request; the first {ApiProblem.MaxListedErrors} are listed in errors with their paths, and errorsNotListed counts the rest.",
    };
}
