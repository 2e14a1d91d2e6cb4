namespace Lscp.Contracts;

/// <summary>One problem with a request: where, and what is wrong.</summary>
/// <param name="Path">The element as the caller wrote it: a JSON path into the body (<c>$.meeting.date</c>), or a query or route parameter's name (<c>date</c>).</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Line">For a scenario file posted to <c>/v1/scenarios</c>, the line (from 1) the element is on; absent elsewhere.</param>
public sealed record ApiError(string Path, string Message, int? Line = null);
