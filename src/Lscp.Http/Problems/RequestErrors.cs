using Lscp.Contracts;
using Lscp.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lscp.Http.Problems;

/// <summary>
/// The problems found in one request's input, each naming the element as the caller wrote it. The answer's status comes
/// from what was found: 404 when every problem is a missing resource, 400 otherwise. Only the first
/// <see cref="ApiProblem.MaxListedErrors"/> are kept; the rest are counted.
/// </summary>
internal sealed class RequestErrors
{
    private readonly List<ApiError> _errors = [];
    private int _found;
    private bool _onlyNotFound = true;

    /// <summary>True when nothing is wrong so far.</summary>
    public bool IsEmpty => _found == 0;

    /// <summary>A value is wrong: 400.</summary>
    public void Invalid(string path, string message)
    {
        Add(new ApiError(path, message));
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
    public void NotFound(string path, string message) => Add(new ApiError(path, message));

    /// <summary>For a posted file: the line each path is on, or null. The problem then gives each error its line.</summary>
    public Func<string, int?>? LineOf { get; set; }

    /// <summary>The problem answer for what was found.</summary>
    /// <remarks>The detail only counts: each problem is told once, in <c>errors</c>, so an answer never repeats what was refused.</remarks>
    public ProblemHttpResult ToProblem() => ToProblem([.. _errors.Select(e => LineOf?.Invoke(e.Path) is { } line ? e with { Line = line } : e)]);

    /// <summary>The detail of a problem that lists <paramref name="found"/> errors, or the first of them.</summary>
    public static string Counted(int found) => found switch
    {
        1 => "1 problem in the request, listed in errors with its path.",
        <= ApiProblem.MaxListedErrors => $"{found} problems in the request, each listed in errors with its path.",
        _ => $"{found} problems in the request; the first {ApiProblem.MaxListedErrors} are listed in errors with their paths, and errorsNotListed counts the rest.",
    };

    private void Add(ApiError error)
    {
        if (++_found <= ApiProblem.MaxListedErrors)
        {
            _errors.Add(error);
        }
    }

    private ProblemHttpResult ToProblem(IReadOnlyList<ApiError> errors) => _onlyNotFound
        ? ProblemResult.Create(StatusCodes.Status404NotFound, "Not found", "The request names something this service does not have; errors says what, with its path.", errors, _found)
        : ProblemResult.Create(StatusCodes.Status400BadRequest, "Invalid request", Counted(_found), errors, _found);
}
