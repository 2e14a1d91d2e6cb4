using Lscp.Client.Contracts;
using Lscp.Http.Endpoints;
using Lscp.Http.Problems;
using Lscp.Model.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Lscp.Http;

/// <summary>Adds the Lscp services and endpoints to any ASP.NET Core host.</summary>
public static class LscpHostingExtensions
{
    /// <summary>
    /// Registers what the Lscp endpoints need: options (calendar, rulebook, partnerships, body limit), the clock, the JSON
    /// contract, problem+json for every error from an Lscp endpoint, the optional API key and rate limit. Call
    /// <c>app.UseLscp()</c> in the pipeline, then <c>app.MapLscp()</c>.
    /// </summary>
    public static IServiceCollection AddLscp(this IServiceCollection services, Action<LscpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LscpOptions>().Configure(o => configure?.Invoke(o));
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.AddProblemDetails();
        services.AddExceptionHandler<LscpExceptionHandler>();
        services.AddLscpRateLimiting();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, LscpJsonContext.Default);
            json.SerializerOptions.Converters.Add(new LocalDateJsonConverter());
            json.SerializerOptions.Converters.Add(new DateIntervalJsonConverter());
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        return services;
    }

    /// <summary>Maps the Lscp endpoints: <c>/health</c>, and the versioned API under <c>/v1</c>.</summary>
    public static IEndpointRouteBuilder MapLscp(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthEndpoint().WithMetadata(new LscpEndpointMarker());
        var v1 = endpoints.MapGroup("/v1").WithMetadata(new LscpEndpointMarker())
            .AddEndpointFilter<ApiKeyFilter>()
            .RequireRateLimiting(LscpPipelineExtensions.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapCalendarEndpoints();
        v1.MapPartnershipEndpoints();
        v1.MapRecordEndpoints();
        v1.MapRuleEndpoints();
        return endpoints;
    }
}
