namespace Lscp.Http.Endpoints;

/// <summary>
/// Maps a read route for GET and for HEAD, as RFC 9110 expects of every GET resource (uptime checks and caches send
/// HEAD). The server sends a HEAD answer's status and headers without its body. The OpenAPI document lists the GET only.
/// </summary>
internal static class GetAndHead
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, Methods, handler);
}
