using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lscp.Http.Problems;
using Lscp.Model.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lscp.Http.Input;

/// <summary>
/// Reads a request's JSON body: JSON content type, at most the configured size, well formed, no unknown or duplicate
/// properties, at most 32 levels deep. A refused body gives the problem to answer (415, 413, 408 or 400), never an exception.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo, long maxBytes)
        where T : class
    {
        var request = context.Request;
        if (request.ContentType is not { } contentType || !(contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, ProblemResult.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "The body must be JSON: send Content-Type: application/json."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit && (limit.MaxRequestBodySize is null || limit.MaxRequestBodySize > maxBytes))
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, TooLarge(maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel refused the body while it was read (too large, too slow, cut short): its status, in our shape.
            return (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBytes)
                : ProblemResult.Create(e.StatusCode, "Bad request body", "The request body could not be read in full."));
        }

        if (buffer.Length == 0)
        {
            return (null, Invalid("$", "the body is empty; send a JSON object."));
        }

        try
        {
            var body = JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), typeInfo);
            return body is null ? (null, Invalid("$", "the body is null; send a JSON object.")) : (body, null);
        }
        catch (JsonException e)
        {
            // The reader's own refusal of the text, described with its path: a validation result, not an exception's type.
            var error = PartnershipJson.Describe(e);
            return (null, ProblemResult.Create(StatusCodes.Status400BadRequest, "Malformed JSON", $"{error.Path}: {error.Message}", [new(error.Path, error.Message)]));
        }
    }

    private static ProblemHttpResult Invalid(string path, string message)
    {
        var errors = new RequestErrors();
        errors.Invalid(path, message);
        return errors.ToProblem();
    }

    private static ProblemHttpResult TooLarge(long maxBytes) =>
        ProblemResult.Create(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than the limit of {maxBytes} bytes.");
}
