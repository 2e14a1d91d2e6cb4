using Lscp.Client;
using Lscp.Contracts;
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

    /// <summary>Registering the client with the host's HttpClientFactory; answers the service collection.</summary>
    public static IServiceCollection Registration()
    {
        #region client-registration
        var services = new ServiceCollection();
        services.AddLscpClient(new Uri("http://localhost:5080/"));   // ILscpApi through Refit.HttpClientFactory
        #endregion
        return services;
    }

    /// <summary>Two calls through the client over <paramref name="http"/> (its BaseAddress set to the service).</summary>
    public static async Task<(LocalDate Due, Verdict Verdict)> CallsAsync(HttpClient http, CancellationToken cancellationToken)
    {
        #region client-calls
        ILscpApi client = LscpClientFactory.Create(http);
        var added = await client.AddWorkingDaysAsync(new LocalDate(2024, 12, 20), 5, cancellationToken);   // 2024-12-31
        var request = new ComplianceRequest("lewisham", null, new Contracts.Documents.RecordsDocument(),
            new PeriodRequest(new LocalDate(2024, 4, 1), new LocalDate(2025, 3, 31)), new LocalDate(2025, 6, 30));
        var report = await client.EvaluateComplianceAsync(request, cancellationToken);   // no records: not compliant
        #endregion
        return (added.Result, report.Verdict);
    }
}
