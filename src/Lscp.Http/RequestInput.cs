using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lscp.Http.Problems;
using Microsoft.AspNetCore.Http.Features;
using NodaTime;
using NodaTime.Text;

namespace Lscp.Http;

/// <summary>
/// Reads the query, route and body of a request, refusing bad input with a problem that names the field: dates must be real
/// ISO dates, numbers whole and in range, bodies JSON, within the size limit, with no unknown properties.
/// </summary>
internal static class RequestInput
{
    public static LocalDate Date(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw LscpRequestException.Invalid(name, "is required: a date such as 2024-04-01.");
        }

        var result = LocalDatePattern.Iso.Parse(value);
        return result.Success ? result.Value : throw LscpRequestException.Invalid(name, $"'{value}' is not a valid date; write a real calendar date as yyyy-MM-dd, such as 2024-04-01.");
    }

    public static int Whole(string? value, string name, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw LscpRequestException.Invalid(name, $"is required: a whole number from {min} to {max}.");
        }

        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw LscpRequestException.Invalid(name, $"'{value}' is not a whole number from {min} to {max}.");
    }

    public static string Choice(string? value, string name, string fallback, params string[] choices)
    {
        if (value is null)
        {
            return fallback;
        }

        return choices.Contains(value) ? value : throw LscpRequestException.Invalid(name, $"'{value}' is not one of {string.Join(", ", choices)}.");
    }

    /// <summary>The request body as <typeparamref name="T"/>: JSON content type, at most <paramref name="maxBytes"/>, well formed, no unknown properties.</summary>
    public static async Task<T> BodyAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo, long maxBytes)
        where T : class
    {
        var request = context.Request;
        if (request.ContentType is not { } contentType || !(contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase)))
        {
            throw new LscpRequestException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"The body must be JSON (Content-Type: application/json), not '{request.ContentType ?? "none"}'.");
        }

        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit && (limit.MaxRequestBodySize is null || limit.MaxRequestBodySize > maxBytes))
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes);
        }

        if (buffer.Length == 0)
        {
            throw LscpRequestException.Invalid("$", "the body is empty; send a JSON object.");
        }

        try
        {
            return JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), typeInfo)
                ?? throw LscpRequestException.Invalid("$", "the body is null; send a JSON object.");
        }
        catch (JsonException e)
        {
            var problem = LscpExceptionHandler.Describe(e);
            throw new LscpRequestException(400, problem.Title!, problem.Detail!, problem.Errors ?? []);
        }
    }

    private static LscpRequestException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than the limit of {maxBytes} bytes.");
}
