using Lscp.Http.Endpoints;
using Lscp.Http.Problems;
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
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemDefaults.Apply);
        services.AddLscpRateLimiting();
        return services;
    }

    /// <summary>
    /// Maps the Lscp endpoints: <c>/health</c>, the versioned API under <c>/v1</c>, each documenting every status it can
    /// answer, and the analysts' page at <c>/</c> unless <see cref="LscpOptions.ServePages"/> is off.
    /// </summary>
    public static IEndpointRouteBuilder MapLscp(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthEndpoint().ProducesProblems(StatusCodes.Status405MethodNotAllowed, StatusCodes.Status500InternalServerError);
        endpoints.MapAnalystPages();

        var v1 = endpoints.MapGroup("/v1")
            .AddEndpointFilter<ApiKeyFilter>()
            .AddEndpointFilter<Input.PlainTextFilter>()
            .RequireRateLimiting(LscpPipelineExtensions.RateLimitPolicy);
        v1.ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status405MethodNotAllowed, StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError);
        v1.MapCalendarEndpoints();
        v1.MapPartnershipEndpoints();
        v1.MapRecordEndpoints();
        v1.MapRuleEndpoints();
        return endpoints;
    }
}
