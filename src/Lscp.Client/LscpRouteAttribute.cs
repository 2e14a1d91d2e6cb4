namespace Lscp.Client;

/// <summary>The facade route a client method calls, checked against the OpenAPI document by the contract tests.</summary>
/// <param name="method">The HTTP method, such as GET.</param>
/// <param name="template">The route template as in the OpenAPI document, such as <c>/v1/calendar/add</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LscpRouteAttribute(string method, string template) : Attribute
{
    /// <summary>The HTTP method.</summary>
    public string Method { get; } = method;

    /// <summary>The route template.</summary>
    public string Template { get; } = template;
}
