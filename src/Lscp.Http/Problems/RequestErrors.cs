using Lscp.Contracts;
using Lscp.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lscp.Http.Problems;

/// <summary>
/// The problems found in one request's input, each naming the element as the caller wrote it. The answer's status comes
/// from what was found: 404 when every problem is a missing resource, 400 otherwise.
/// </summary>
internal sealed class RequestErrors
{
    private readonly List<ApiError> _errors = [];
    private bool _onlyNotFound = true;

    /// <summary>True when nothing is wrong so far.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>A value is wrong: 400.</summary>
    public void Invalid(string path, string message)
    {
        _errors.Add(new ApiError(path, message));
        _onlyNotFound = false;
    }

    /// <summary>Each problem a reader or validator found: 400.</summary>
    public void Invalid(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            Invalid(error.Path, error.Message);
        }
    }

    /// <summary>The thing named does not exist: 404 (unless something else is wrong too).</summary>
    public void NotFound(string path, string message) => _errors.Add(new ApiError(path, message));

    /// <summary>The problem answer for what was found.</summary>
    /// <remarks>The detail only counts: each problem is told once, in <c>errors</c>, so an answer never repeats what was refused.</remarks>
    /// <summary>For a posted file: the line each path is on, or null. The problem then gives each error its line.</summary>
    public Func<string, int?>? LineOf { get; set; }

    public ProblemHttpResult ToProblem() => ToProblem([.. _errors.Select(e => LineOf?.Invoke(e.Path) is { } line ? e with { Line = line } : e)]);

    private ProblemHttpResult ToProblem(IReadOnlyList<ApiError> errors) => _onlyNotFound
        ? ProblemResult.Create(StatusCodes.Status404NotFound, "Not found", "The request names something this service does not have; errors says what, with its path.", errors)
        : ProblemResult.Create(StatusCodes.Status400BadRequest, "Invalid request", errors.Count == 1 ? "1 problem in the request, listed in errors with its path." : $"{errors.Count} problems in the request, each listed in errors with its path.", errors);
}
