using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Lscp.Tests.Http;

/// <summary>Bad input gets a 4xx problem+json naming the field and the problem; never a 500.</summary>
public sealed class ProblemTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    public static TheoryData<string, int, string> BadGets => new()
    {
        { "/v1/calendar/working-days/2023-02-30", 400, "date" },
        { "/v1/calendar/working-days/1900-01-01", 400, "1978-01-01 to 2199-12-31" },
        { "/v1/calendar/add?date=2024-01-01&workingDays=-99999999999", 400, "workingDays" },
        { "/v1/calendar/add?date=2024-01-01", 400, "workingDays" },
        { "/v1/calendar/add?date=2199-12-20&workingDays=100", 400, "goes outside the supported range" },
        { "/v1/calendar/between?start=2024-01-01&end=yesterday", 400, "end" },
        { "/v1/calendar/bank-holidays/0", 400, "year" },
        { "/v1/calendar/bank-holidays/99999", 400, "year" },
        { "/v1/partnerships/nowhere/arrangements?date=2024-01-01", 404, "nowhere" },
        { "/v1/partnerships/lewisham/arrangements?date=2019-01-01", 404, "2019-06-29" },
        { "/v1/partnerships/lewisham/bodies/board/chair?date=2024-01-01", 404, "board" },
        { "/v1/partnerships/lewisham/bodies/executive/schedule?year=2024&yearStarts=june", 400, "yearStarts" },
        { "/v1/partnerships/lewisham/accountability?date=2024-01-01", 400, "person" },
    };

    [Theory]
    [MemberData(nameof(BadGets))]
    public async Task A_bad_query_is_a_problem_naming_it(string path, int status, string named)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        await AssertProblem(response, status, named);
    }

    public static TheoryData<string, string, string, int, string> BadPosts => new()
    {
        { "/v1/deadlines", "text/plain", "{}", 415, "Content-Type" },
        { "/v1/deadlines", "application/json", "{ \"incident\": ", 400, "malformed" },
        { "/v1/deadlines", "application/json", "", 400, "empty" },
        { "/v1/deadlines", "application/json", "{}", 400, "$.incident" },
        { "/v1/deadlines", "application/json", "{ \"incident\": { \"caseReference\": \"C1\", \"localAuthorityAwareOn\": \"2023-02-30\" } }", 400, "$.incident.localAuthorityAwareOn" },
        { "/v1/deadlines", "application/json", "{ \"incident\": { \"caseReference\": \"C1\", \"localAuthorityAwareOn\": \"2024-01-01\", \"childName\": \"x\" } }", 400, "childName" },
        { "/v1/deadlines", "application/json", "{ \"incident\": { \"caseReference\": \"C1\", \"localAuthorityAwareOn\": \"2024-01-01\" }, \"asOf\": \"2024-13-01\" }", 400, "$.asOf" },
        { "/v1/quorum", "application/json", "{ \"partnership\": \"lewisham\" }", 400, "$.meeting" },
        { "/v1/quorum", "application/json", "{ \"meeting\": { \"id\": \"m\", \"body\": \"executive\", \"date\": \"2024-05-01\" } }", 400, "$.partnership" },
        { "/v1/quorum", "application/json", "{ \"partnership\": \"lewisham\", \"meeting\": { \"id\": \"m\", \"body\": \"executive\", \"date\": \"2024-05-01\", \"attendance\": [ { \"agency\": \"nobody\", \"status\": \"present\" } ] } }", 400, "$.meeting.attendance[0].agency" },
        { "/v1/compliance", "application/json", "{ \"partnership\": \"lewisham\", \"period\": { \"start\": \"2025-01-01\", \"end\": \"2024-01-01\" } }", 400, "period" },
        { "/v1/compliance", "application/json", "{ \"partnership\": \"lewisham\", \"records\": { \"meetings\": [ { \"id\": \"m\", \"body\": \"board\", \"date\": \"2024-05-01\" } ] } }", 400, "$.records.meetings[0].body" },
        { "/v1/compliance", "application/json", "{ \"arrangements\": { \"formatVersion\": 1 } }", 400, "$.arrangements.id" },
    };

    [Theory]
    [MemberData(nameof(BadPosts))]
    public async Task A_bad_body_is_a_problem_naming_it(string path, string contentType, string body, int status, string named)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), content);
        await AssertProblem(response, status, named);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        using var content = new StringContent("{ \"incident\": { \"caseReference\": \"" + new string('x', 2 * 1024 * 1024) + "\" } }", Encoding.UTF8, "application/json");
        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/deadlines", UriKind.Relative), content);
        await AssertProblem(response, 413, "limit");
    }

    private static async Task AssertProblem(HttpResponseMessage response, int status, string named)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(status, (int)problem["status"]!);
        Assert.Contains(named, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
