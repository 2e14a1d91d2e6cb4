using Lscp.Client;
using Lscp.Contracts;
using Lscp.Contracts.Documents;
using Lscp.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Lscp.Examples;

/// <summary>The examples of docs/rest.md (embedding the endpoints) and docs/client.md (the typed client).</summary>
public static class ServiceExamples
{
    /// <summary>Lscp's endpoints in a council's own host; answers the built app, not started.</summary>
    public static WebApplication Embedding()
    {
        #region embedding
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddLscp(options => options.MaxRequestBodyBytes = 512 * 1024);   // calendar, rulebook, partnerships too
        var app = builder.Build();
        app.UseLscp();    // one problem+json shape for every error, security headers, the rate limiter
        app.MapLscp();    // /health, /v1/... and the analysts' page at /
        #endregion
        return app;
    }

    /// <summary>
    /// Registering the client with the host's HttpClientFactory, and a call through it to the service at localhost:5080;
    /// answers the service collection. Run against the real service by tests/consumer, from the packed packages.
    /// </summary>
    public static async Task<IServiceCollection> RegistrationAsync()
    {
        #region client-registration
        var services = new ServiceCollection();
        services.AddLscpClient(new Uri("http://localhost:5080/"));   // ILscpApi through Refit.HttpClientFactory
        using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<ILscpApi>();            // or take ILscpApi in a constructor
        Console.WriteLine((await api.GetHealthAsync()).Status);
        #endregion
        return services;
    }

    /// <summary>
    /// Two calls through the client made over an HttpClient of its own, to the service at localhost:5080; answers what
    /// they gave. Run against the real service by tests/consumer, from the packed packages.
    /// </summary>
    public static async Task<(LocalDate Due, Verdict Verdict)> CallsAsync()
    {
        #region client-calls
        using var http = new HttpClient { BaseAddress = new Uri("http://localhost:5080/") };   // the running service
        ILscpApi client = LscpClientFactory.Create(http);
        var added = await client.AddWorkingDaysAsync(new LocalDate(2024, 12, 20), 5);
        Console.WriteLine($"{added.Result:yyyy-MM-dd}");   // 25 and 26 December are bank holidays
        var request = new ComplianceRequest("lewisham", null, new RecordsDocument(),
            new PeriodRequest(new LocalDate(2024, 4, 1), new LocalDate(2025, 3, 31)), new LocalDate(2025, 6, 30));
        var report = await client.EvaluateComplianceAsync(request);
        Console.WriteLine(report.Verdict);                    // a year with no meetings recorded
        #endregion
        return (added.Result, report.Verdict);
    }
}
