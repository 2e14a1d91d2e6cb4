using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Lscp.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lscp.Tests.Http;

/// <summary>
/// A council maps the Lscp endpoints into its own host, which has JSON settings of its own. Neither side may change the
/// other: the host's endpoint keeps PascalCase names and its nulls, and the Lscp answers keep the published contract.
/// </summary>
public sealed class EmbeddingTests
{
    private sealed record CouncilThing(string CaseWorker, string? Team);

    [Fact]
    public async Task The_host_keeps_its_JSON_settings_and_the_Lscp_answers_keep_the_contract()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = null;
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.Services.AddLscp();
        await using var app = builder.Build();
        app.UseLscp();
        app.MapGet("/council/thing", () => new CouncilThing("A. Worker", null));
        app.MapLscp();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var own = JsonNode.Parse(await client.GetStringAsync(new Uri("/council/thing", UriKind.Relative)))!.AsObject();
        Assert.Equal(["CaseWorker", "Team"], own.Select(p => p.Key));

        foreach (var (path, status) in new[] { ("/v1/calendar/working-days/2024-12-25", 200), ("/v1/calendar/add?date=2024-12-20&workingDays=x", 400) })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(status, (int)response.StatusCode);
            var mismatch = OpenApiConformance.Check("GET", path.Split("?")[0], status, response.Content.Headers.ContentType?.MediaType, body);
            Assert.True(mismatch is null, $"{mismatch}\n{body}");
        }

        using var answer = await client.GetAsync(new Uri("/v1/calendar/working-days/2024-12-24", UriKind.Relative));
        var day = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsObject();
        Assert.Contains("isWorkingDay", day.Select(p => p.Key));
        Assert.DoesNotContain("bankHoliday", day.Select(p => p.Key));

        using var refused = await client.GetAsync(new Uri("/v1/calendar/add?date=2024-12-20&workingDays=x", UriKind.Relative));
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("workingDays", (string?)problem["errors"]![0]!["path"]);
    }
}
