using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lscp.Http;

/// <summary>Adds the Lscp services and endpoints to any ASP.NET Core host.</summary>
public static class LscpHostingExtensions
{
    /// <summary>Registers what the Lscp endpoints need.</summary>
    public static IServiceCollection AddLscp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails();
        return services;
    }

    /// <summary>Maps the Lscp endpoints: <c>/health</c>, and the versioned API under <c>/v1</c>.</summary>
    public static IEndpointRouteBuilder MapLscp(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/health", () => Results.Ok(new { status = "healthy" })).WithName("Health");
        return endpoints;
    }
}
