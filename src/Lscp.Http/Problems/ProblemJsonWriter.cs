using System.Text.Json;

namespace Lscp.Http.Problems;

/// <summary>
/// Writes every problem the service answers (its own, the status-code pages', the exception handler's, the rate
/// limiter's) as <c>application/problem+json</c>, whatever the request's <c>Accept</c> says: a calendar app that asks only
/// for <c>text/calendar</c>, or a browser that asks for <c>text/html</c>, still gets the one documented shape, never an
/// empty body. (ASP.NET Core's own writer declines a caller that does not accept JSON, which left a 500 with no body.)
/// Registered ahead of that writer by <c>AddLscp</c>; the fields are filled by <see cref="ProblemDefaults"/>.
/// </summary>
internal sealed class ProblemJsonWriter : IProblemDetailsWriter
{
    public const string MediaType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        ProblemDefaults.Apply(context);
        http.Response.ContentType = MediaType;
        var body = new System.Buffers.ArrayBufferWriter<byte>(512);
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteString("type", problem.Type);
        json.WriteString("title", problem.Title);
        json.WriteNumber("status", problem.Status.Value);
        json.WriteString("detail", problem.Detail);
        json.WriteString("instance", problem.Instance);
        foreach (var (name, value) in problem.Extensions)
        {
            json.WritePropertyName(name);
            switch (value)
            {
                case JsonElement element:
                    element.WriteTo(json);
                    break;
                case int number:
                    json.WriteNumberValue(number);
                    break;
                default:
                    json.WriteStringValue(value?.ToString());
                    break;
            }
        }

        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
        await http.Response.Body.WriteAsync(body.WrittenMemory, http.RequestAborted);
    }
}
