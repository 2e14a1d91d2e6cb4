using System.Threading.RateLimiting;
using Lscp.Http.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Lscp.Http;

/// <summary>The request pipeline the Lscp endpoints expect: problem+json for every error, security headers, and the rate limiter.</summary>
public static class LscpPipelineExtensions
{
    /// <summary>The rate-limiting policy the <c>/v1</c> routes use; its limit is <see cref="LscpOptions.PermitsPerMinute"/>.</summary>
    public const string RateLimitPolicy = "lscp";

    /// <summary>
    /// Adds, in order: the forwarded headers of the proxies named in <see cref="LscpOptions.TrustedProxies"/> (so a client
    /// behind them is known by its own address), security headers on every response, the exception handler (a logged 500
    /// problem with no detail), status-code pages (the same problem shape for a 4xx answered before any endpoint, such as an
    /// unknown route or a wrong method), ASP.NET Core's host filter (its <c>AllowedHosts</c> setting; inside the pipeline,
    /// so a refused host gets the problem too, where the host runs no filter of its own ahead of it), and the rate limiter.
    /// Call before <c>MapLscp()</c>.
    /// </summary>
    public static IApplicationBuilder UseLscp(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
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
        app.UseHostFiltering();
        app.Use(static (context, next) =>
        {
            context.Items[ProblemDefaults.HostAccepted] = true;
            return next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// Registers the rate-limiting policy: a fixed one-minute window for each API key a request carries (so callers with
    /// keys never share one), and otherwise for each client address; or no limit.
    /// </summary>
    internal static IServiceCollection AddLscpRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<LscpOptions>>().Value;
                if (options.PermitsPerMinute is not { } limit)
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                // A caller with a valid key is counted by its key; one without (or with a wrong one) by its address, so a
                // caller refused for its key spends only its own address's permits.
                var key = ApiKeyFilter.KeyOf(context, options);
                var partition = key >= 0 ? $"key {key}" : $"address {context.Connection.RemoteIpAddress}";
                var clock = context.RequestServices.GetRequiredService<IClock>();
                return RateLimitPartition.Get(partition, _ => new FixedWindowLimiter(limit, Duration.FromMinutes(1), clock));
            });
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, _) =>
            {
                var http = rejected.HttpContext;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This client has made more requests this minute than the service allows; retry in {seconds} seconds (Retry-After), when its window ends.",
                    },
                });
            };
        });
}
