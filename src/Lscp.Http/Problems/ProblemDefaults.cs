using System.Diagnostics;

namespace Lscp.Http.Problems;

/// <summary>
/// Fills the fields every problem carries, whoever produced it: the type and title of its status, the instance (the
/// request's path, shown by the echo rule), the trace id, and a detail in words that repeats nothing of the request but
/// the method, cut by the echo rule.
/// </summary>
internal static class ProblemDefaults
{
    /// <summary>
    /// The <c>HttpContext.Items</c> key <c>UseLscp</c> sets once a request has passed the host filter; a 400 with no detail
    /// and no such item is the host filter's refusal.
    /// </summary>
    public const string HostAccepted = "Lscp.HostAccepted";

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        var status = problem.Status ?? http.Response.StatusCode;
        var (type, title) = Of(status);
        problem.Instance = Echo.Path(problem.Instance ?? http.Request.Path.Value);
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        problem.Type ??= type;
        problem.Title ??= title;
        problem.Detail ??= status switch
        {
            StatusCodes.Status400BadRequest when !http.Items.ContainsKey(HostAccepted) => "This service does not answer for the host named in the request's Host header; its operators list the names it answers for in the AllowedHosts setting.",
            StatusCodes.Status404NotFound => "There is nothing at this path (instance); the service's operations are listed in its OpenAPI document.",
            StatusCodes.Status405MethodNotAllowed => $"This path (instance) does not answer {Echo.Of(http.Request.Method)}; the OpenAPI document lists the methods it answers.",
            StatusCodes.Status500InternalServerError => "The service failed to answer; the error is logged under this trace id. No detail is given here.",
            _ => problem.Title,
        };
    }

    /// <summary>The problem type (the section of the RFC that defines the status) and title of <paramref name="status"/>.</summary>
    public static (string Type, string Title) Of(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ("https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request"),
        StatusCodes.Status401Unauthorized => ("https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized"),
        StatusCodes.Status404NotFound => ("https://tools.ietf.org/html/rfc9110#section-15.5.5", "Not Found"),
        StatusCodes.Status405MethodNotAllowed => ("https://tools.ietf.org/html/rfc9110#section-15.5.6", "Method Not Allowed"),
        StatusCodes.Status408RequestTimeout => ("https://tools.ietf.org/html/rfc9110#section-15.5.9", "Request Timeout"),
        StatusCodes.Status413PayloadTooLarge => ("https://tools.ietf.org/html/rfc9110#section-15.5.14", "Content Too Large"),
        StatusCodes.Status415UnsupportedMediaType => ("https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type"),
        StatusCodes.Status429TooManyRequests => ("https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests"),
        StatusCodes.Status500InternalServerError => ("https://tools.ietf.org/html/rfc9110#section-15.6.1", "An error occurred while processing your request."),
        _ => ("about:blank", "Error"),
    };
}
