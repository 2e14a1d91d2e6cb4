namespace Lscp.Contracts;

/// <summary>An RFC 9457 problem, as the service answers every 4xx and 5xx: the same shape for every error.</summary>
/// <param name="Type">A URI reference naming the problem type.</param>
/// <param name="Title">A short summary of the problem type.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">This occurrence in words.</param>
/// <param name="Instance">The request path.</param>
/// <param name="TraceId">The request's trace id, to quote to the service's operators.</param>
/// <param name="Errors">
/// Each problem with the element it concerns, at most <see cref="MaxListedErrors"/>; absent when the problem is not about
/// the request's content.
/// </param>
/// <param name="ErrorsNotListed">How many more problems were found than <paramref name="Errors"/> lists; absent when it lists them all.</param>
public sealed record ApiProblem(string Type, string Title, int Status, string Detail, string Instance, string TraceId, IReadOnlyList<ApiError>? Errors = null, int? ErrorsNotListed = null)
{
    /// <summary>The most problems one answer lists in <see cref="Errors"/>: 100. The rest are counted in <see cref="ErrorsNotListed"/>.</summary>
    public const int MaxListedErrors = 100;
}
