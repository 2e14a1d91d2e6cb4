using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lscp.Tests.Http;

/// <summary>
/// In the test host, every response passes through <see cref="OpenApiConformance"/> before it leaves: one that does not
/// conform to the published document is replaced by a 599 naming the mismatch, so the test that caused it fails there.
/// </summary>
public sealed class ConformanceStartupFilter : IStartupFilter
{
    public const int NonConforming = 599;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await proceed(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            // A compressed answer is checked as what the caller reads once it is decoded.
            using Stream decoded = context.Response.Headers.ContentEncoding.ToString() switch
            {
                "br" => new System.IO.Compression.BrotliStream(new MemoryStream(buffer.ToArray()), System.IO.Compression.CompressionMode.Decompress),
                "gzip" => new System.IO.Compression.GZipStream(new MemoryStream(buffer.ToArray()), System.IO.Compression.CompressionMode.Decompress),
                _ => new MemoryStream(buffer.ToArray()),
            };
            using var reader = new StreamReader(decoded, System.Text.Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            // A HEAD answer is its GET's without the body: checked as the GET (the test server keeps the body).
            var method = HttpMethods.IsHead(context.Request.Method) ? HttpMethods.Get : context.Request.Method;
            var problem = OpenApiConformance.Check(method, context.Request.Path, context.Response.StatusCode, context.Response.ContentType, body);
            if (problem is not null)
            {
                context.Response.StatusCode = NonConforming;
                context.Response.ContentType = "text/plain";
                context.Response.ContentLength = null;
                await context.Response.WriteAsync("Response does not conform to the OpenAPI document: " + problem);
                return;
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original);
        });
        next(app);
    };
}
