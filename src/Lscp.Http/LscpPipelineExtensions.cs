using System.Threading.RateLimiting;
using Lscp.Client.Contracts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lscp.Http;

/// <summary>The request pipeline the Lscp endpoints expect: problem+json for every error, security headers, and the rate limiter.</summary>
public static class LscpPipelineExtensions
{
    /// <summary>The rate-limiting policy the <c>/v1</c> routes use; its limit is <see cref="LscpOptions.PermitsPerMinute"/>.</summary>
    public const string RateLimitPolicy = "lscp";

    /// <summary>
    /// Adds, in order: the exception handler (problem+json, no stack traces), status-code pages (problem+json for a 4xx
    /// answered before any endpoint, such as an unknown route), security headers on every response, and the rate limiter.
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
                if (!((HttpContext)state).Request.Path.StartsWithSegments("/swagger"))
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
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.ContentType = "application/problem+json";
                await System.Text.Json.JsonSerializer.SerializeAsync(
                    response.Body,
                    new ApiProblem("https://httpstatuses.io/429", "Too many requests", 429, "This client has made more requests this minute than the service allows; wait and retry.", rejected.HttpContext.Request.Path, null),
                    LscpJsonContext.Default.ApiProblem,
                    cancellationToken);
            };
        });
}
