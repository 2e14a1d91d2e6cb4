using Lscp.Http.Endpoints;
using Lscp.Http.Problems;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Lscp.Http;

/// <summary>Adds the Lscp services and endpoints to any ASP.NET Core host.</summary>
public static class LscpHostingExtensions
{
    /// <summary>
    /// Registers what the Lscp endpoints need: options (calendar, rulebook, partnerships, limits; checked when the host starts),
    /// the clock, problem+json for every error, and the rate limit. It leaves the host's JSON options alone: answers are
    /// written with the contract's own context. Call <c>app.UseLscp()</c> in the pipeline, then <c>app.MapLscp()</c>.
    /// </summary>
    public static IServiceCollection AddLscp(this IServiceCollection services, Action<LscpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LscpOptions>().Configure(o => configure?.Invoke(o)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LscpOptions>, LscpOptionsValidator>());
        services.TryAddSingleton<IClock>(SystemClock.Instance);

        // Ahead of ASP.NET Core's own writer, which declines a caller that does not accept JSON.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, ProblemJsonWriter>());
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemDefaults.Apply);
        services.AddLscpRateLimiting();

        // UseLscp runs the host filter; a host that sets no AllowedHosts (the web host's defaults set it from the setting)
        // answers for any host, as ASP.NET Core's own defaults do.
        services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(static hosts =>
        {
            if (hosts.AllowedHosts.Count == 0)
            {
                hosts.AllowedHosts = ["*"];
            }
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<LscpOptions>>((forwarded, lscp) =>
        {
            // Only the proxies the settings name; none by default (ASP.NET Core would otherwise believe loopback).
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            forwarded.ForwardedHeaders = lscp.Value.TrustedProxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in lscp.Value.TrustedProxies)
            {
                if (System.Net.IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
                else if (System.Net.IPNetwork.TryParse(proxy, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            }
        });
        return services;
    }

    /// <summary>
    /// Maps the Lscp endpoints: <c>/health</c>, the versioned API under <c>/v1</c>, each documenting every status it can
    /// answer, the documents' JSON Schemas under <c>/schemas/</c>, and the analysts' page at <c>/</c> unless
    /// <see cref="LscpOptions.ServePages"/> is off.
    /// </summary>
    public static IEndpointRouteBuilder MapLscp(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthEndpoint().ProducesProblems(StatusCodes.Status405MethodNotAllowed, StatusCodes.Status500InternalServerError);
        endpoints.MapAnalystPages();
        endpoints.MapDocumentSchemas();

        var v1 = endpoints.MapGroup("/v1")
            .AddEndpointFilter<ApiKeyFilter>()
            .AddEndpointFilter<Input.PlainTextFilter>()
            .RequireRateLimiting(LscpPipelineExtensions.RateLimitPolicy);
        v1.ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status405MethodNotAllowed, StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError);
        v1.MapCalendarEndpoints();
        v1.MapPartnershipEndpoints();
        v1.MapRecordEndpoints();
        v1.MapRuleEndpoints();
        v1.MapWorkbookEndpoints();
        return endpoints;
    }
}
