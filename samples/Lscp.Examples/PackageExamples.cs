using System.Text.Json;
using Lscp.Adapters;
using Lscp.Client;
using Lscp.Contracts;
using Lscp.Http;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Timescales;
using Microsoft.AspNetCore.Builder;
using NodaTime;

namespace Lscp.Examples;

/// <summary>The examples of each package's own readme (<c>src/*/README.md</c>, packed into the package).</summary>
public static class PackageExamples
{
    /// <summary>Lscp.Model's readme: a meeting's record, built twice; answers whether the two are equal.</summary>
    public static bool Model()
    {
        #region model-readme
        Meeting Record() => new("exec-2024-09-10", "executive", new LocalDate(2024, 9, 10), "lb-lewisham",
        [
            new Attendance("lb-lewisham", AttendanceStatus.Present),
            new Attendance("met-police", AttendanceStatus.Apologies),
        ]);
        var same = Record() == Record();   // true: every model type compares by value, lists included
        Console.WriteLine(same);
        #endregion
        return same;
    }

    /// <summary>Lscp.Adapters's readme: the statutory partners on a date, from the built-in Lewisham data; answers their names.</summary>
    public static IReadOnlyList<string> Adapters()
    {
        #region adapters-readme
        var lewisham = BuiltInPartnerships.Lewisham;
        var arrangements = lewisham.ArrangementsOn(new LocalDate(2024, 6, 1));   // the version in force that day
        foreach (var partner in arrangements.StatutoryPartners)
        {
            Console.WriteLine(partner.Name);
        }
        #endregion
        return [.. arrangements.StatutoryPartners.Select(p => p.Name)];
    }

    /// <summary>Lscp.Rules's readme: an incident's clocks across Christmas; answers them.</summary>
    public static IReadOnlyList<Lscp.Rules.Timescales.Deadline> Rules()
    {
        #region rules-readme
        var incident = new SeriousIncident("LSCP-2024-002", new LocalDate(2024, 12, 16), notifiedPanelOn: new LocalDate(2024, 12, 19));
        var clocks = DeadlineCalculator.ForIncident(incident, new LocalDate(2025, 1, 6), Rulebook.Standard, WorkingDayCalendar.EnglandAndWales);
        foreach (var clock in clocks)
        {
            Console.WriteLine($"{clock.RuleId}: {clock.Explanation}");   // due dates across Christmas and New Year
        }
        #endregion
        return clocks;
    }

    /// <summary>Lscp.Contracts's readme: a request in the wire format; answers the JSON.</summary>
    public static string Contracts()
    {
        #region contracts-readme
        var request = new DeadlinesRequest(null, null, new LocalDate(2025, 2, 1));
        var json = JsonSerializer.Serialize(request, LscpJsonContext.Default.DeadlinesRequest);
        Console.WriteLine(json);
        #endregion
        return json;
    }

    /// <summary>
    /// Lscp.Client's readme: the client over an HttpClient whose base address is the service, running at
    /// localhost:5080; answers the sum. Run against the real service by tests/consumer, from the packed packages.
    /// </summary>
    public static async Task<LocalDate> Client()
    {
        #region client-readme
        using var http = new HttpClient { BaseAddress = new Uri("http://localhost:5080/") };   // the running service
        var client = LscpClientFactory.Create(http);
        var added = await client.AddWorkingDaysAsync(new LocalDate(2024, 12, 20), 5);
        Console.WriteLine($"{added.Result:yyyy-MM-dd}");
        // In a host: services.AddLscpClient(new Uri("http://localhost:5080/")) registers ILscpApi.
        #endregion
        return added.Result;
    }

    /// <summary>Lscp.Http's readme: the service in a host of its own. Compiled, not run (it serves until stopped).</summary>
    public static void Http(string[] args)
    {
        #region http-readme
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddLscp();   // options: calendar, rulebook, partnerships, limits, API keys
        var app = builder.Build();
        app.UseLscp();                // problem+json, security headers, rate limiter
        app.MapLscp();                // /health, /v1/..., and the page at /
        app.Run();
        #endregion
    }
}
