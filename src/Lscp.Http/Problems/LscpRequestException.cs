using System.Collections.Immutable;
using Lscp.Model;

namespace Lscp.Http.Problems;

/// <summary>A request the service refuses, with the HTTP status and the problem in words; becomes problem+json.</summary>
public sealed class LscpRequestException(int status, string title, string detail, ImmutableArray<ValidationError> errors = default) : Exception(detail)
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>A short summary.</summary>
    public string Title { get; } = title;

    /// <summary>Each problem with its path, if any.</summary>
    public ImmutableArray<ValidationError> Errors { get; } = errors.IsDefault ? [] : errors;

    /// <summary>A 400 naming the query, route or body field and what is wrong with it.</summary>
    public static LscpRequestException Invalid(string field, string message) =>
        new(StatusCodes.Status400BadRequest, "Invalid request", $"{field}: {message}", [new ValidationError(field, message)]);
}
