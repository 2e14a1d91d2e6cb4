namespace Lscp.Http.Endpoints;

/// <summary>
/// Every read route answers GET and HEAD, as RFC 9110 expects of every GET resource (uptime checks and caches send HEAD):
/// map it with <c>MapMethods(pattern, GetAndHead.Methods, handler)</c>, a call the request delegate generator resolves at
/// compile time (a helper taking a <see cref="Delegate"/> would hide the handler from it, and Native AOT needs it seen).
/// The server sends a HEAD answer's status and headers without its body. The OpenAPI document lists the GET only.
/// </summary>
internal static class GetAndHead
{
    public static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];
}
