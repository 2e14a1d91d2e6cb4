using System.Diagnostics;

namespace Lscp.Http.Problems;

/// <summary>Fills the fields every problem carries, whoever produced it: the instance, the trace id, and a detail in words.</summary>
internal static class ProblemDefaults
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        problem.Instance ??= http.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        problem.Type ??= "about:blank";
        problem.Title ??= "Error";
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status404NotFound => $"There is nothing at {http.Request.Path}; the service's operations are listed in its OpenAPI document.",
            StatusCodes.Status405MethodNotAllowed => $"{http.Request.Path} does not answer {http.Request.Method}.",
            StatusCodes.Status500InternalServerError => "The service failed to answer; the error is logged under this trace id. No detail is given here.",
            _ => problem.Title,
        };
    }
}
