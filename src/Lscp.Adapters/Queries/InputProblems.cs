using Lscp.Contracts;
using Lscp.Model;

namespace Lscp.Adapters;

/// <summary>
/// The problems found in one request's input, each naming the element as the caller wrote it. Whether the answer is
/// "not found" or "invalid" comes from what was found: <see cref="OnlyNotFound"/> when every problem is a missing
/// resource. Only the first <see cref="ApiProblem.MaxListedErrors"/> are kept; the rest are counted.
/// </summary>
public sealed class InputProblems
{
    private readonly List<ApiError> _listed = [];
    private bool _onlyNotFound = true;

    /// <summary>True when nothing is wrong so far.</summary>
    public bool IsEmpty => Found == 0;

    /// <summary>How many problems were found, listed or not.</summary>
    public int Found { get; private set; }

    /// <summary>True when something was found and every problem is a missing resource (a 404 over HTTP).</summary>
    public bool OnlyNotFound => Found > 0 && _onlyNotFound;

    /// <summary>For a posted file: the line each path is on, or null. <see cref="Listed"/> then gives each error its line.</summary>
    public Func<string, int?>? LineOf { get; set; }

    /// <summary>The first <see cref="ApiProblem.MaxListedErrors"/> problems, in the order found, each with its line when known.</summary>
    public IReadOnlyList<ApiError> Listed => LineOf is { } lineOf ? [.. _listed.Select(e => lineOf(e.Path) is { } line ? e with { Line = line } : e)] : _listed;

    /// <summary>A value is wrong.</summary>
    public void Invalid(string path, string message)
    {
        Add(new ApiError(path, message));
        _onlyNotFound = false;
    }

    /// <summary>Each problem a reader or validator found.</summary>
    public void Invalid(IEnumerable<ValidationError> errors)
    {
        Guard.Against.Null(errors);
        foreach (var error in errors)
        {
            Invalid(error.Path, error.Message);
        }
    }

    /// <summary>The thing named does not exist.</summary>
    public void NotFound(string path, string message) => Add(new ApiError(path, message));

    private void Add(ApiError error)
    {
        if (++Found <= ApiProblem.MaxListedErrors)
        {
            _listed.Add(error);
        }
    }
}
