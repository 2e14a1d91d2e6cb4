using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lscp.Contracts;
using Microsoft.AspNetCore.Http.Metadata;

namespace Lscp.Http.Results;

/// <summary>
/// A 200 answer written with the contract's own JSON context (<see cref="LscpJsonContext"/>), never with the host's
/// JSON options: a council that maps the Lscp endpoints into its own host keeps its settings, and the wire format stays
/// the designed one whatever the host sets. Declares its response type for the OpenAPI document, as <c>Ok&lt;T&gt;</c> does.
/// </summary>
/// <typeparam name="T">A contract type registered in <see cref="LscpJsonContext"/>.</typeparam>
public sealed class ContractOk<T> : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private static readonly JsonTypeInfo<T> TypeInfo = (JsonTypeInfo<T>)LscpJsonContext.Default.GetTypeInfo(typeof(T))!;

    internal ContractOk(T value) => Value = value;

    /// <summary>The answer.</summary>
    public T Value { get; }

    /// <summary>Always 200.</summary>
    public int StatusCode => StatusCodes.Status200OK;

    /// <summary>Always <c>application/json; charset=utf-8</c>.</summary>
    public string ContentType => "application/json; charset=utf-8";

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    object? IValueHttpResult.Value => Value;

    /// <inheritdoc/>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "IEndpointMetadataProvider is a static abstract member: ASP.NET Core calls it on the result type to document the endpoint.")]
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }

    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        // With no one listening to the service's traces (the usual case), no activity and no extra state machine.
        return HttpTelemetry.Source.HasListeners() ? Traced(httpContext) : JsonSerializer.SerializeAsync(httpContext.Response.Body, Value, TypeInfo, httpContext.RequestAborted);
    }

    private async Task Traced(HttpContext httpContext)
    {
        using var activity = HttpTelemetry.Source.StartActivity(HttpTelemetry.WriteAnswer, System.Diagnostics.ActivityKind.Internal, default(System.Diagnostics.ActivityContext), [new("lscp.answer", typeof(T).Name)]);
        await JsonSerializer.SerializeAsync(httpContext.Response.Body, Value, TypeInfo, httpContext.RequestAborted);
    }
}
