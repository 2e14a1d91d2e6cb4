using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Lscp.Http.OpenApi;

/// <summary>
/// Declares on every operation the answers Kestrel, the web server, gives itself before any endpoint runs, with an empty
/// body (not problem+json): 414 for a request line over its limit, 431 for headers over theirs, and, on an operation that
/// reads no body, 408 when the headers do not arrive in time (an operation that reads a body declares 408 as its own
/// problem already). A malformed request (a NUL in the path, a broken request line) gets Kestrel's empty 400, which the
/// document cannot declare beside the problem 400; docs/rest.md lists it.
/// </summary>
internal sealed class ServerLimitsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd("414", new OpenApiResponse { Description = "URI Too Long: answered by the web server itself, with an empty body, to a request line over 8 KB." });
        operation.Responses.TryAdd("431", new OpenApiResponse { Description = "Request Header Fields Too Large: answered by the web server itself, with an empty body, to request headers over 32 KB." });
        operation.Responses.TryAdd("408", new OpenApiResponse { Description = "Request Timeout: answered by the web server itself, with an empty body, when the headers of the request do not arrive in time." });
    }
}
