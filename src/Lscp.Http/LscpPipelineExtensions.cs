using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lscp.Http;

/// <summary>The request pipeline the Lscp endpoints expect: problem+json for every error, security headers, and the rate limiter.</summary>
public static class LscpPipelineExtensions
{
    /// <summary>The rate-limiting policy the <c>/v1</c> routes use; its limit is <see cref="LscpOptions.PermitsPerMinute"/>.</summary>
    public const string RateLimitPolicy = "lscp";

    /// <summary>
    /// Adds, in order: security headers on every response, the exception handler (a logged 500 problem with no detail),
    /// status-code pages (the same problem shape for a 4xx answered before any endpoint, such as an unknown route or a wrong
    /// method), and the rate limiter.
    /// Call before <c>MapLscp()</c>.
    /// </summary>
    public static IApplicationBuilder UseLscp(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers["X-Content-Type-Options"] = "nosniff";
                headers["X-Frame-Options"] = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                var path = ((HttpContext)state).Request.Path;
                if (Endpoints.AnalystPages.IsPage(path))
                {
                    headers["Content-Security-Policy"] = Endpoints.AnalystPages.ContentSecurityPolicy;
                    headers.CacheControl = "no-cache";
                }
                else if (!path.StartsWithSegments("/swagger"))
                {
                    headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'";
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            }, context);
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Registers the rate-limiting policy: a fixed one-minute window per client address, or no limit.</summary>
    internal static IServiceCollection AddLscpRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<LscpOptions>>().Value.PermitsPerMinute;
                return permits is not { } limit
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limit,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    });
            });
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, _) =>
            {
                var http = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "This client has made more requests this minute than the service allows; retry after the time in Retry-After." },
                });
            };
        });
}
