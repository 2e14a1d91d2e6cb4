using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Lscp.Tests.Http;

namespace Lscp.Tests.Security;

/// <summary>At least 200 generated bad requests across every endpoint: each a 4xx problem+json naming the problem, none a 5xx, and the service healthy after.</summary>
public sealed class HostileInputTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    [Fact]
    public void There_are_at_least_200_and_every_endpoint_is_covered()
    {
        var requests = HostileRequests.All().ToList();
        Assert.True(requests.Count >= 200, $"only {requests.Count}");
        foreach (var route in new[] { "/v1/calendar/working-days", "/v1/calendar/add", "/v1/calendar/between", "/v1/calendar/bank-holidays", "/arrangements", "/chair", "/rotation", "/schedule?", "/schedule.ics", "/accountability", "/v1/quorum", "/v1/deadlines", "/v1/compliance" })
        {
            Assert.Contains(requests, r => r.Path.Contains(route, StringComparison.Ordinal));
        }
    }

    [Fact]
    public Task Every_bad_request_is_a_4xx_problem_and_the_service_stays_healthy() => SendAll(HostileRequests.All());

    [Fact]
    public Task Every_bad_request_from_a_caller_that_refuses_JSON_is_the_same_4xx_problem() => SendAll(HostileRequests.AllRefusingJson());

    private async Task SendAll(IEnumerable<HostileRequest> requests)
    {
        var client = factory.CreateClient();
        var failures = new List<string>();
        foreach (var request in requests)
        {
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
            if (request.Accept is not null)
            {
                message.Headers.TryAddWithoutValidation("Accept", request.Accept);
            }

            if (request.Body is not null)
            {
                message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
                if (request.ContentType is not null)
                {
                    message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
                }
            }

            using var response = await client.SendAsync(message);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? JsonNode.Parse(body) : null;
            if (status is < 400 or >= 500 || problem is null || string.IsNullOrWhiteSpace((string?)problem["detail"] ?? (string?)problem["title"]) || body.Contains("   at ", StringComparison.Ordinal))
            {
                failures.Add($"{request.Description}: {status} {body[..Math.Min(body.Length, 200)]}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.True(health.IsSuccessStatusCode);
    }
}
