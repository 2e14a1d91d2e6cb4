namespace Lscp.Tests.Security;

/// <summary>One bad request: what it is, and how to send it.</summary>
public sealed record HostileRequest(string Description, string Method, string Path, string? ContentType = null, string? Body = null, string? Accept = null)
{
    public override string ToString() => Description;
}

/// <summary>
/// Generated bad requests across every endpoint: impossible and out-of-range dates, huge and negative counts, unknown ids and
/// enum values, malformed and truncated JSON, wrong types, unknown properties, missing fields, empty and duplicate entries,
/// references to unknown members, wrong content types, a 10 MB body and deeply nested JSON.
/// </summary>
public static class HostileRequests
{
    private const string Quorum = """{"partnership":"lewisham","meeting":{"id":"m1","body":"executive","date":"2024-09-10","chair":"lb-lewisham","attendance":[{"agency":"lb-lewisham","status":"present"},{"agency":"met-police","status":"apologies"}]}}""";
    private const string Deadlines = """{"incident":{"caseReference":"LSCP-1","localAuthorityAwareOn":"2024-12-16","notifiedPanelOn":"2024-12-19","rapidReviewSentOn":"2025-01-17","decision":"noReview"},"asOf":"2025-02-01"}""";
    private const string Compliance = """{"partnership":"lewisham","period":{"start":"2024-04-01","end":"2025-03-31"},"asOf":"2025-06-30","records":{"meetings":[{"id":"m1","body":"executive","date":"2024-05-14","chair":"lb-lewisham","attendance":[{"agency":"lb-lewisham","status":"present"}]}],"incidents":[{"caseReference":"LSCP-1","localAuthorityAwareOn":"2024-12-16"}]}}""";

    private static readonly string[] BadDates = ["2023-02-30", "2023-13-01", "0000-01-01", "99999-01-01", "2024-1-1", "24-01-01", "2024-01-01T00:00", "null", "1900-01-01", "2300-01-01", "2024-02-29x", "%20"];
    private static readonly string[] BadCounts = ["-100001", "100001", "99999999999", "1.5", "abc", "", "0x10", "1e3"];
    private static readonly string[] BadYears = ["0", "-1", "1977", "2200", "99999", "abc", "2024.5", ""];

    public static IEnumerable<HostileRequest> All()
    {
        foreach (var d in BadDates)
        {
            yield return Get($"working-day date {d}", $"/v1/calendar/working-days/{d}");
            yield return Get($"add date {d}", $"/v1/calendar/add?date={d}&workingDays=5");
            yield return Get($"between start {d}", $"/v1/calendar/between?start={d}&end=2024-05-01");
            yield return Get($"between end {d}", $"/v1/calendar/between?start=2024-05-01&end={d}");
            yield return Get($"arrangements date {d}", $"/v1/partnerships/lewisham/arrangements?date={d}");
            yield return Get($"chair date {d}", $"/v1/partnerships/lewisham/bodies/executive/chair?date={d}");
            yield return Get($"accountability date {d}", $"/v1/partnerships/lewisham/accountability?date={d}&person=Ceri%20Jacob");
            yield return Post($"deadlines asOf {d}", "/v1/deadlines", Deadlines.Replace("\"2025-02-01\"", $"\"{d}\"", StringComparison.Ordinal));
            yield return Post($"incident awareness {d}", "/v1/deadlines", Deadlines.Replace("\"2024-12-16\"", $"\"{d}\"", StringComparison.Ordinal));
            yield return Post($"meeting date {d}", "/v1/quorum", Quorum.Replace("\"2024-09-10\"", $"\"{d}\"", StringComparison.Ordinal));
            yield return Post($"period start {d}", "/v1/compliance", Compliance.Replace("\"2024-04-01\"", $"\"{d}\"", StringComparison.Ordinal));
        }

        foreach (var c in BadCounts)
        {
            yield return Get($"workingDays {c}", $"/v1/calendar/add?date=2024-05-01&workingDays={c}");
        }

        yield return Get("adding past the calendar's end", "/v1/calendar/add?date=2199-12-01&workingDays=100");
        yield return Get("subtracting before the calendar's start", "/v1/calendar/add?date=1978-01-10&workingDays=-100");
        foreach (var y in BadYears)
        {
            yield return Get($"bank holiday year {y}", $"/v1/calendar/bank-holidays/{y}");
            yield return Get($"schedule year {y}", $"/v1/partnerships/lewisham/bodies/executive/schedule?year={y}");
            yield return Get($"rotation from {y}", $"/v1/partnerships/lewisham/bodies/executive/rotation?from={y}&to=2025");
        }

        yield return Get("rotation over 100 years", "/v1/partnerships/lewisham/bodies/executive/rotation?from=2000&to=2150");
        yield return Get("rotation reversed", "/v1/partnerships/lewisham/bodies/executive/rotation?from=2025&to=2020");
        foreach (var e in new[] { "June", "APRIL", "", "financial" })
        {
            yield return Get($"yearStarts {e}", $"/v1/partnerships/lewisham/bodies/executive/schedule?year=2024&yearStarts={e}");
            yield return Get($"ics yearStarts {e}", $"/v1/partnerships/lewisham/bodies/executive/schedule.ics?year=2024&yearStarts={e}");
        }

        foreach (var id in new[] { "nowhere", "LEWISHAM", "..%2F..%2Fetc", "lewisham%20x" })
        {
            yield return Get($"partnership {id}", $"/v1/partnerships/{id}/arrangements?date=2024-05-01");
            yield return Get($"chair of {id}", $"/v1/partnerships/{id}/bodies/executive/chair?date=2024-05-01");
            yield return Post($"quorum for {id}", "/v1/quorum", Quorum.Replace("\"lewisham\"", $"\"{id}\"", StringComparison.Ordinal));
        }

        foreach (var body in new[] { "board", "EXECUTIVE", "support-team-x" })
        {
            yield return Get($"body {body}", $"/v1/partnerships/lewisham/bodies/{body}/chair?date=2024-05-01");
            yield return Get($"schedule of body {body}", $"/v1/partnerships/lewisham/bodies/{body}/schedule?year=2024");
        }

        yield return Get("accountability with no person or post", "/v1/partnerships/lewisham/accountability?date=2024-05-01");
        yield return Get("accountability with both", "/v1/partnerships/lewisham/accountability?date=2024-05-01&person=x&post=y");
        yield return Get("accountability for an unknown post", "/v1/partnerships/lewisham/accountability?date=2024-05-01&post=nobody");

        foreach (var (name, path, body) in new[] { ("quorum", "/v1/quorum", Quorum), ("deadlines", "/v1/deadlines", Deadlines), ("compliance", "/v1/compliance", Compliance) })
        {
            for (var cut = 1; cut < body.Length; cut += Math.Max(1, body.Length / 9))
            {
                yield return Post($"{name} truncated at {cut}", path, body[..cut]);
            }

            foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x" })
            {
                yield return Post($"{name} as {type}", path, body, type);
            }

            yield return new HostileRequest($"{name} with no content type", "POST", path, null, body);
            yield return Post($"{name} empty body", path, string.Empty);
            yield return Post($"{name} null", path, "null");
            yield return Post($"{name} array", path, "[]");
            yield return Post($"{name} string", path, "\"x\"");
            yield return Post($"{name} empty object", path, "{}");
            yield return Post($"{name} unknown root property", path, body.Insert(1, "\"extra\":1,"));
            yield return Post($"{name} 10 MB", path, "{\"x\":\"" + new string('a', 10 * 1024 * 1024) + "\"}");
            yield return Post($"{name} nested 1000 deep", path, new string('[', 1000) + new string(']', 1000));
            yield return Post($"{name} nested objects 100 deep", path, string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100));
            yield return Post($"{name} duplicate property", path, body.Insert(1, "\"asOf\":\"2025-01-01\",\"asOf\":\"2025-01-02\","));

            // Second round: look-alike JSON media types, other charsets and codings, and escaped control characters in
            // each string value of the body, one at a time.
            foreach (var type in new[] { "application/jsonx", "text/plain+json", "application/+json", "text/json", "application/json; charset=utf-16", "application/json; charset=latin1" })
            {
                yield return Post($"{name} as {type}", path, body, type);
            }

            foreach (var (index, quote) in body.Select((ch, i) => (i, ch)).Where(x => x.ch == '"').Select((x, n) => (n, x.i)).Where(x => x.n % 2 == 1))
            {
                yield return Post($"{name} with \\u0000 in string {index / 2}", path, body.Insert(quote, "\\u0000x"));
                yield return Post($"{name} with \\u001b in string {index / 2}", path, body.Insert(quote, "\\u001b[31m"));
            }
        }

        foreach (var control in new[] { "%00", "%0A", "%1B", "%7F" })
        {
            yield return Get($"add date with {control}", $"/v1/calendar/add?date=2024-12-20{control}garbage&workingDays=5");
            yield return Get($"add count with {control}", $"/v1/calendar/add?date=2024-12-20&workingDays=5{control}");
            yield return Get($"accountability person with {control}", $"/v1/partnerships/lewisham/accountability?date=2024-05-01&person=Ceri{control}Jacob");
            yield return Get($"schedule year with {control}", $"/v1/partnerships/lewisham/bodies/executive/schedule?year=2024{control}");
            yield return Get($"unknown query name with {control}", $"/v1/rules?x{control}=1");
        }

        foreach (var number in new[] { "+5", "05", "-0", "%205", "5%20", "1_000" })
        {
            yield return Get($"workingDays {number}", $"/v1/calendar/add?date=2024-05-01&workingDays={number}");
            yield return Get($"bank holiday year {number}024", $"/v1/calendar/bank-holidays/{number}024");
        }

        // Wrong types, missing fields, unknown enum values and unknown references, field by field.
        yield return Post("meeting id as number", "/v1/quorum", Quorum.Replace("\"id\":\"m1\"", "\"id\":1", StringComparison.Ordinal));
        yield return Post("meeting as array", "/v1/quorum", Quorum.Replace("\"meeting\":{", "\"meeting\":[{", StringComparison.Ordinal).Replace("}]}}", "}]}]}", StringComparison.Ordinal));
        yield return Post("attendance as object", "/v1/quorum", Quorum.Replace("\"attendance\":[", "\"attendance\":{\"x\":[", StringComparison.Ordinal).Replace("]}}", "]}}}", StringComparison.Ordinal));
        yield return Post("status unknown", "/v1/quorum", Quorum.Replace("\"apologies\"", "\"late\"", StringComparison.Ordinal));
        yield return Post("status as number", "/v1/quorum", Quorum.Replace("\"apologies\"", "3", StringComparison.Ordinal));
        yield return Post("attendance agency unknown", "/v1/quorum", Quorum.Replace("\"met-police\"", "\"ambulance\"", StringComparison.Ordinal));
        yield return Post("chair not a member", "/v1/quorum", Quorum.Replace("\"chair\":\"lb-lewisham\"", "\"chair\":\"lewisham-schools\"", StringComparison.Ordinal));
        yield return Post("meeting body unknown", "/v1/quorum", Quorum.Replace("\"executive\"", "\"board\"", StringComparison.Ordinal));
        yield return Post("meeting before the partnership", "/v1/quorum", Quorum.Replace("\"2024-09-10\"", "\"2019-01-01\"", StringComparison.Ordinal));
        yield return Post("meeting id missing", "/v1/quorum", Quorum.Replace("\"id\":\"m1\",", string.Empty, StringComparison.Ordinal));
        yield return Post("meeting missing", "/v1/quorum", "{\"partnership\":\"lewisham\"}");
        yield return Post("partnership and arrangements both", "/v1/quorum", Quorum.Insert(1, "\"arrangements\":{\"formatVersion\":1},"));
        yield return Post("arrangements with no versions", "/v1/quorum", Quorum.Replace("\"partnership\":\"lewisham\"", "\"arrangements\":{\"formatVersion\":1,\"id\":\"x\",\"name\":\"X\",\"areas\":[\"X\"],\"versions\":[]}", StringComparison.Ordinal));
        yield return Post("arrangements of the wrong format version", "/v1/quorum", Quorum.Replace("\"partnership\":\"lewisham\"", "\"arrangements\":{\"formatVersion\":7}", StringComparison.Ordinal));
        yield return Post("deputy with no name", "/v1/quorum", Quorum.Replace("\"apologies\"", "\"deputyAttended\"", StringComparison.Ordinal));
        yield return Post("case reference with a name", "/v1/deadlines", Deadlines.Replace("LSCP-1", "Jane Smith", StringComparison.Ordinal));
        yield return Post("case reference empty", "/v1/deadlines", Deadlines.Replace("LSCP-1", string.Empty, StringComparison.Ordinal));
        yield return Post("case reference 100 characters", "/v1/deadlines", Deadlines.Replace("LSCP-1", new string('A', 100), StringComparison.Ordinal));
        yield return Post("rapid review without notification", "/v1/deadlines", Deadlines.Replace("\"notifiedPanelOn\":\"2024-12-19\",", string.Empty, StringComparison.Ordinal));
        yield return Post("notified before aware", "/v1/deadlines", Deadlines.Replace("\"2024-12-19\"", "\"2024-12-01\"", StringComparison.Ordinal));
        yield return Post("decision unknown", "/v1/deadlines", Deadlines.Replace("\"noReview\"", "\"maybe\"", StringComparison.Ordinal));
        yield return Post("local review decision without review", "/v1/deadlines", Deadlines.Replace("\"noReview\"", "\"localReview\"", StringComparison.Ordinal));
        yield return Post("incident awareness missing", "/v1/deadlines", Deadlines.Replace("\"localAuthorityAwareOn\":\"2024-12-16\",", string.Empty, StringComparison.Ordinal));
        yield return Post("incident as string", "/v1/deadlines", "{\"incident\":\"LSCP-1\"}");
        yield return Post("empty yearly reports and no incident", "/v1/deadlines", "{\"yearlyReports\":[]}");
        yield return Post("yearly report ending before it starts", "/v1/deadlines", "{\"yearlyReports\":[{\"coversFrom\":\"2024-04-01\",\"coversTo\":\"2023-03-31\"}]}");
        yield return Post("yearly report sent but not published", "/v1/deadlines", "{\"yearlyReports\":[{\"coversFrom\":\"2024-04-01\",\"coversTo\":\"2025-03-31\",\"sentToPanelOn\":\"2025-10-01\"}]}");
        yield return Post("period reversed", "/v1/compliance", Compliance.Replace("\"end\":\"2025-03-31\"", "\"end\":\"2023-03-31\"", StringComparison.Ordinal));
        yield return Post("period with an unknown property", "/v1/compliance", Compliance.Replace("\"end\":\"2025-03-31\"", "\"end\":\"2025-03-31\",\"middle\":\"x\"", StringComparison.Ordinal));
        yield return Post("period as string", "/v1/compliance", Compliance.Replace("{\"start\":\"2024-04-01\",\"end\":\"2025-03-31\"}", "\"2024\"", StringComparison.Ordinal));
        yield return Post("duplicate meeting ids", "/v1/compliance", Compliance.Replace("\"meetings\":[", "\"meetings\":[{\"id\":\"m1\",\"body\":\"executive\",\"date\":\"2024-06-14\"},", StringComparison.Ordinal));
        yield return Post("duplicate case references", "/v1/compliance", Compliance.Replace("\"incidents\":[", "\"incidents\":[{\"caseReference\":\"LSCP-1\",\"localAuthorityAwareOn\":\"2024-11-16\"},", StringComparison.Ordinal));
        yield return Post("duplicate attendance for one seat", "/v1/compliance", Compliance.Replace("[{\"agency\":\"lb-lewisham\",\"status\":\"present\"}]", "[{\"agency\":\"lb-lewisham\",\"status\":\"present\"},{\"agency\":\"lb-lewisham\",\"status\":\"absent\"}]", StringComparison.Ordinal));
        yield return Post("records meeting of an unknown body", "/v1/compliance", Compliance.Replace("\"body\":\"executive\"", "\"body\":\"board\"", StringComparison.Ordinal));
        yield return Post("records as array", "/v1/compliance", Compliance.Replace("\"records\":{", "\"records\":[{", StringComparison.Ordinal).Replace("}]}}", "}]}]}", StringComparison.Ordinal));
        yield return Post("records with an unknown key", "/v1/compliance", Compliance.Replace("\"records\":{", "\"records\":{\"minutes\":[],", StringComparison.Ordinal));
        yield return Post("neither partnership nor arrangements", "/v1/compliance", Compliance.Replace("\"partnership\":\"lewisham\",", string.Empty, StringComparison.Ordinal));

        // Scenario files nested, aliased and emptied, as YAML and as JSON.
        foreach (var depth in new[] { 31, 32, 33, 1_000, 30_000 })
        {
            var lists = new string('[', depth) + new string(']', depth);
            yield return Post($"scenario YAML nested {depth} lists deep", "/v1/scenarios", "x: " + lists, "application/yaml");
            yield return Post($"scenario JSON nested {depth} lists deep", "/v1/scenarios", "{\"name\":" + lists + "}");
            yield return Post($"scenario YAML nested {depth} mappings deep", "/v1/scenarios", string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth), "application/yaml");
        }

        foreach (var levels in new[] { 3, 5, 7, 9 })
        {
            var aliases = "x0: &x0 [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + string.Concat(Enumerable.Range(1, levels - 1).Select(i => $"x{i}: &x{i} [{string.Join(",", Enumerable.Repeat($"*x{i - 1}", 9))}]\n"));
            yield return Post($"scenario with {levels} levels of aliases", "/v1/scenarios", aliases, "application/yaml");
            yield return Post($"scenario with {levels} levels of aliases under records", "/v1/scenarios", "name: x\nasOf: 2025-06-30\npartnership: lewisham\n" + aliases.Replace("x0:", "description: &x0 x\nx0:", StringComparison.Ordinal), "application/yaml");
        }

        yield return Post("scenario alias to nothing", "/v1/scenarios", "name: *nothing", "application/yaml");
        yield return Post("scenario alias inside its anchor", "/v1/scenarios", "records: &r {meetings: *r}", "application/yaml");
        yield return Post("scenario with two documents", "/v1/scenarios", "name: a\n---\nname: b\n", "application/yaml");
        yield return Post("scenario records empty", "/v1/scenarios", "name: x\npartnership: lewisham\nasOf: 2025-06-30\nrecords:\n", "application/yaml");
        yield return Post("scenario a list as a key", "/v1/scenarios", "? [a, b]\n: 1\n", "application/yaml");
        foreach (var member in new[] { "records", "period", "arrangements", "rulebook", "asOf", "partnership" })
        {
            yield return Post($"compliance {member} null", "/v1/compliance", $"{{\"partnership\":\"lewisham\",\"{member}\":null}}".Replace("\"partnership\":\"lewisham\",\"partnership\"", "\"partnership\"", StringComparison.Ordinal));
        }

        yield return Post("quorum meeting null", "/v1/quorum", "{\"partnership\":\"lewisham\",\"meeting\":null}");
        yield return Post("deadlines incident null", "/v1/deadlines", "{\"incident\":null,\"yearlyReports\":[null]}");
    }

    /// <summary>Every request of <see cref="All"/> again, each asking for a media type that is not JSON, in turn.</summary>
    public static IEnumerable<HostileRequest> AllRefusingJson()
    {
        string[] accepts = ["text/calendar", "text/html", "text/plain", "image/png"];
        return All().Select((r, i) => r with { Description = $"{r.Description} (Accept: {accepts[i % accepts.Length]})", Accept = accepts[i % accepts.Length] });
    }

    private static HostileRequest Get(string description, string path) => new(description, "GET", path);

    private static HostileRequest Post(string description, string path, string body, string contentType = "application/json") =>
        new(description, "POST", path, contentType, body);
}
