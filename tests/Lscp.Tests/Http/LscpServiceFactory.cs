using Lscp.Client;
using Lscp.Http.OpenApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Lscp.Tests.Http;

/// <summary>
/// The real facade in process, with the clock fixed at 2025-06-30 so answers that depend on "today" are stable, and every
/// response checked against the published OpenAPI document (<see cref="ConformanceStartupFilter"/>).
/// </summary>
public sealed class LscpServiceFactory : WebApplicationFactory<Program>
{
    public static readonly LocalDate Today = new(2025, 6, 30);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        // Production, as councils run it, with the OpenAPI document published so that tests can read it.
        builder.UseEnvironment("Production").UseSetting("Lscp:PublishOpenApi", "true").ConfigureServices(services =>
        {
            services.AddSingleton<IClock>(new FakeClock(Today.AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Europe/London"]).ToInstant()));
            services.AddSingleton<IStartupFilter, ConformanceStartupFilter>();
            // The generator runs here, where reflection is allowed; the service serves the checked-in copy it must equal.
            services.AddLscpOpenApi();
            services.AddSingleton<IStartupFilter, GeneratedOpenApiStartupFilter>();
        });

    /// <summary>The Refit client over the in-process service.</summary>
    public ILscpApi Client() => LscpClientFactory.Create(CreateClient());
}

/// <summary>Serves the document Swashbuckle generates from the contracts at <see cref="Path"/>, for the test that keeps the checked-in copy equal to it.</summary>
internal sealed class GeneratedOpenApiStartupFilter : IStartupFilter
{
    public const string Path = "/generated/v1/openapi.json";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        Microsoft.AspNetCore.Builder.SwaggerBuilderExtensions.UseSwagger(app, swagger => swagger.RouteTemplate = "generated/{documentName}/openapi.json");
        next(app);
    };
}
