using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lscp.Http.Problems;
using Lscp.Adapters;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lscp.Http.Input;

/// <summary>
/// Reads a request's JSON body: JSON content type, at most the configured size, well formed, no unknown or duplicate
/// properties, no null, at most 32 levels deep. A refused body gives the problem to answer (415, 413, 408 or 400), never
/// an exception.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo, long maxBytes)
        where T : class
    {
        if (!IsJson(context.Request.ContentType))
        {
            return (null, ProblemResult.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "The body must be JSON in UTF-8: send Content-Type: application/json (or a media type ending +json)."));
        }

        var (bytes, refused) = await ReadBytesAsync(context, maxBytes);
        if (refused is not null)
        {
            return (null, refused);
        }

        using var pooled = bytes;
        try
        {
            var body = JsonSerializer.Deserialize(bytes.Memory.Span, typeInfo);
            if (body is null)
            {
                return (null, Invalid("$", "the body is null; send a JSON object."));
            }

            // The reader takes null for an absent member; the documents allow no null, so each is refused at its path.
            var nulls = NullValues.Find(bytes.Memory.Span);
            return nulls.Count == 0 ? (body, null) : (null, ProblemResult.Create(StatusCodes.Status400BadRequest, "Invalid request", RequestErrors.Counted(nulls.Count), nulls));
        }
        catch (JsonException e)
        {
            // The reader's own refusal of the text, described with its path: a validation result, not an exception's type.
            var error = PartnershipJson.Describe(e);
            return (null, ProblemResult.Create(StatusCodes.Status400BadRequest, "Malformed JSON", "The body cannot be read as this request's JSON; errors says where and why.", [new(error.Path, error.Message)]));
        }
    }

    /// <summary>
    /// The body's bytes, whatever its media type (the caller checks that first): at most <paramref name="maxBytes"/> as
    /// sent and again decompressed (gzip or br), a UTF-8 byte order mark left out, never empty; in a pooled array that the
    /// caller gives back by disposing the body.
    /// </summary>
    public static async Task<(RequestBody Body, ProblemHttpResult? Problem)> ReadBytesAsync(HttpContext context, long maxBytes)
    {
        var request = context.Request;
        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        if (encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase) && !encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase) && !encoding.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.AcceptEncoding = "gzip, br";
            return (default, ProblemResult.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported content encoding", "A body may be sent as it is, or compressed with gzip or br (one coding, named in Content-Encoding)."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (default, TooLarge(maxBytes));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit && (limit.MaxRequestBodySize is null || limit.MaxRequestBodySize > maxBytes))
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        // The limit holds for the body as sent and again for it decompressed, so a small compressed body cannot expand past it.
        // A body sent as it is with its Content-Length is read straight into a pooled array of at least that size: no
        // chunk, no growing buffer, no copy. Otherwise it is read into a pooled array that doubles as it fills.
        var source = encoding.ToLowerInvariant() switch
        {
            "gzip" => new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            "br" => new BrotliStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            _ => request.Body,
        };
        byte[]? buffer = null;
        int length;
        try
        {
            if (ReferenceEquals(source, request.Body) && request.ContentLength is { } declared)
            {
                buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(declared, 1));
                length = 0;
                int read;
                while (length < declared && (read = await source.ReadAsync(buffer.AsMemory(length, (int)declared - length), context.RequestAborted)) > 0)
                {
                    length += read;
                }
            }
            else
            {
                (buffer, length) = await ReadGrowingAsync(source, maxBytes, context.RequestAborted);
                if (length < 0)
                {
                    Return(ref buffer);
                    return (default, TooLarge(maxBytes));
                }
            }
        }
        catch (BadHttpRequestException e)
        {
            Return(ref buffer);
            // Kestrel refused the body while it was read (too large, too slow, cut short): its status, in our shape.
            return (default, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBytes)
                : ProblemResult.Create(e.StatusCode, "Bad request body", "The request body could not be read in full."));
        }
        catch (InvalidDataException)
        {
            Return(ref buffer);
            return (default, Invalid("$", $"the body is not valid {encoding} data, as its Content-Encoding says it is."));
        }
        finally
        {
            if (!ReferenceEquals(source, request.Body))
            {
                await source.DisposeAsync();
            }
        }

        // A UTF-8 byte order mark is tolerated (some editors write one); it is not part of the JSON.
        var start = length >= 3 && buffer is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        if (length == start)
        {
            Return(ref buffer);
            return (default, Invalid("$", "the body is empty; send a JSON object."));
        }

        return (new RequestBody(buffer, start, length - start), null);
    }

    private static void Return(ref byte[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = null;
        }
    }

    /// <summary>
    /// Reads <paramref name="source"/> to its end into a pooled array that doubles as it fills (each smaller one given
    /// back); a length of -1 when it passes <paramref name="maxBytes"/>. The caller gives the last array back.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length)> ReadGrowingAsync(Stream source, long maxBytes, CancellationToken cancel)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(length), cancel)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return (buffer, -1);
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// JSON by the rules of RFC 6838 and RFC 8259: <c>application/json</c> or an <c>application/...+json</c> structured syntax
    /// suffix, with no charset or charset UTF-8. <c>application/jsonx</c> and <c>text/plain+json</c> are not JSON.
    /// </summary>
    public static bool IsJson(string? contentType)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var subtype = media.SubType.Value ?? string.Empty;
        var json = subtype.Equals("json", StringComparison.OrdinalIgnoreCase)
            || (subtype.Length > "+json".Length && subtype.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        return json && (media.Charset.Value is null || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static ProblemHttpResult Invalid(string path, string message)
    {
        var errors = new InputProblems();
        errors.Invalid(path, message);
        return errors.ToProblem();
    }

    private static ProblemHttpResult TooLarge(long maxBytes) =>
        ProblemResult.Create(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than the limit of {maxBytes} bytes.");
}
