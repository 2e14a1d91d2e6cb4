using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lscp.Adapters;
using Lscp.Contracts;
using Lscp.Contracts.Documents;
using Lscp.Http;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Lscp.Benchmarks;

/// <summary>
/// What the service's boundary costs beside the rules. Each category sends one request through the whole service in
/// process (a test server and the real pipeline: headers, the rate limiter, the API-key filter, body reading, validation,
/// the rules, the mapping, the JSON answer) and, as its baseline, evaluates the same records in process with the
/// library (<c>ComplianceReportBuilder.Build</c>, records checked, no reading, no mapping, no writing), so the Ratio
/// column is request cost over evaluation cost. In the scenario categories the baseline is the same records posted to
/// <c>/v1/compliance</c> as JSON; in the records category it is parsing the records' JSON into the contract type.
/// Targets (benchmarks/README.md): a compliance request at most 2x its evaluation, a scenario file at most 1.5x the
/// compliance JSON, mapping records at most 1x parsing them.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RequestBenchmarks
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly LocalDate AsOf = new(2025, 6, 30);
    private static readonly DateInterval Year = new(new LocalDate(2024, 4, 1), new LocalDate(2025, 3, 31));

    private readonly Dictionary<string, byte[]> _bodies = [];
    private readonly Dictionary<string, PartnershipRecords> _records = [];
    private WebApplication? _app;
    private HttpClient? _client;
    private SeriousIncident? _incident;
    private byte[] _recordsJson = [];
    private RecordsDocument? _recordsDocument;
    private ComplianceRequest? _request;
    private ComplianceQuery? _query;
    private ComplianceReport? _report;
    private ComplianceResponse? _response;

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        // 5,000 fully attended meetings are more than the shipped 1 MiB: the limit is a setting, raised here.
        builder.Services.AddLscp(o =>
        {
            o.PermitsPerMinute = 1_000_000;
            o.MaxRequestBodyBytes = 4 * 1024 * 1024;
        });
        _app = builder.Build();
        _app.UseLscp();
        _app.MapLscp();
        _app.StartAsync().GetAwaiter().GetResult();
        _client = _app.GetTestClient();

        var incident = new IncidentDocument { CaseReference = "LSCP-2024-002", LocalAuthorityAwareOn = "2024-12-16", NotifiedPanelOn = "2024-12-19", RapidReviewSentOn = "2025-01-17" };
        _bodies["deadlines"] = Json(new DeadlinesRequest(incident, null, AsOf), LscpJsonContext.Default.DeadlinesRequest);
        _incident = new SeriousIncident("LSCP-2024-002", new LocalDate(2024, 12, 16), notifiedPanelOn: new LocalDate(2024, 12, 19), rapidReviewSentOn: new LocalDate(2025, 1, 17));

        // The compliant sample scenario, as the file, as the same document in JSON, and its records as a compliance request.
        var file = File.ReadAllBytes(Path.Combine(Repository(), "samples", "scenarios", "lewisham-2024-25-compliant.yaml"));
        var (scenario, _, errors) = ScenarioText.Read(file);
        if (scenario is null)
        {
            throw new InvalidOperationException($"The compliant sample cannot be read: {errors[0].Path} {errors[0].Message}");
        }

        _bodies["scenario-yaml"] = file;
        _bodies["scenario-json"] = Json(scenario, LscpJsonContext.Default.ScenarioDocument);
        Compliance("none", new RecordsDocument());
        Compliance("sample", scenario.Records!);
        Compliance("1000", Meetings(1_000));
        Compliance("5000", Meetings(5_000));
        _recordsDocument = Meetings(1_000);
        _recordsJson = Json(_recordsDocument, LscpJsonContext.Default.RecordsDocument);

        _request = JsonSerializer.Deserialize(_bodies["compliance-1000"], LscpJsonContext.Default.ComplianceRequest);
        _query = new QueryReader(QuerySettings.BuiltIn).Compliance(_request!, AsOf) ?? throw new InvalidOperationException("The 1,000-meeting request does not read.");
        _report = ComplianceReportBuilder.Build(_query, Calendar);
        _response = _report.ToContract();

        foreach (var key in _bodies.Keys)
        {
            using var response = Send(key);
            Console.WriteLine($"// {key}: {_bodies[key].Length:N0} bytes in, {response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length:N0} bytes out");
            if (!response.IsSuccessStatusCode)
            {
                var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                throw new InvalidOperationException($"{key} is refused: {(int)response.StatusCode} {text[..Math.Min(600, text.Length)]}");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The trivial endpoint: what any request through the pipeline costs.</summary>
    [Benchmark, BenchmarkCategory("1 health")]
    public long Health()
    {
        using var response = _client!.GetAsync(new Uri("/health", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        using var body = response.Content.ReadAsStream();
        return body.Read(Sink);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("2 deadlines")]
    public int DeadlinesEvaluated() => DeadlineCalculator.ForIncident(_incident!, AsOf, Rulebook.Standard, Calendar).Length;

    [Benchmark, BenchmarkCategory("2 deadlines")]
    public long DeadlinesRequest() => Answer("deadlines");

    [Benchmark(Baseline = true), BenchmarkCategory("3 compliance, no records")]
    public int NoRecordsEvaluated() => Evaluate("none");

    [Benchmark, BenchmarkCategory("3 compliance, no records")]
    public long NoRecordsRequest() => Answer("compliance-none");

    [Benchmark(Baseline = true), BenchmarkCategory("4 compliance, the compliant sample")]
    public int SampleEvaluated() => Evaluate("sample");

    [Benchmark, BenchmarkCategory("4 compliance, the compliant sample")]
    public long SampleRequest() => Answer("compliance-sample");

    [Benchmark(Baseline = true), BenchmarkCategory("5 compliance, 1,000 meetings")]
    public int Meetings1000Evaluated() => Evaluate("1000");

    [Benchmark, BenchmarkCategory("5 compliance, 1,000 meetings")]
    public long Meetings1000Request() => Answer("compliance-1000");

    [Benchmark(Baseline = true), BenchmarkCategory("6 compliance, 5,000 meetings")]
    public int Meetings5000Evaluated() => Evaluate("5000");

    [Benchmark, BenchmarkCategory("6 compliance, 5,000 meetings")]
    public long Meetings5000Request() => Answer("compliance-5000");

    [Benchmark(Baseline = true), BenchmarkCategory("7 scenario file")]
    public long ScenarioAsComplianceJson() => Answer("compliance-sample");

    [Benchmark, BenchmarkCategory("7 scenario file")]
    public long ScenarioYaml() => Answer("scenario-yaml");

    [Benchmark, BenchmarkCategory("7 scenario file")]
    public long ScenarioJson() => Answer("scenario-json");

    /// <summary>What is due on the evaluation date for a year ahead, beside the compliance report of the same 5,000 meetings (issue 27: no dearer than the report).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("10 what is due, 5,000 meetings")]
    public int DueReportOfTheSameRecords() => Evaluate("5000");

    [Benchmark, BenchmarkCategory("10 what is due, 5,000 meetings")]
    public int DueList() => ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, _records["5000"], AsOf, ObligationsHorizon.MaxDays, Rulebook.Standard, Calendar).Obligations.Length;

    /// <summary>The stages of the 1,000-meeting request, each alone: parse the body, read it into a query, build the report, map it, write it.</summary>
    [Benchmark, BenchmarkCategory("9 stages, 1,000 meetings")]
    public int StageParse() => JsonSerializer.Deserialize(_bodies["compliance-1000"], LscpJsonContext.Default.ComplianceRequest)!.Records!.Meetings!.Count;

    [Benchmark, BenchmarkCategory("9 stages, 1,000 meetings")]
    public int StageRead() => new QueryReader(QuerySettings.BuiltIn).Compliance(_request!, AsOf)!.Records.Meetings.Length;

    [Benchmark(Baseline = true), BenchmarkCategory("9 stages, 1,000 meetings")]
    public int StageBuild() => ComplianceReportBuilder.Build(_query!, Calendar).Result.Findings.Length;

    [Benchmark, BenchmarkCategory("9 stages, 1,000 meetings")]
    public int StageMap() => _report!.ToContract().Findings.Count;

    [Benchmark, BenchmarkCategory("9 stages, 1,000 meetings")]
    public long StageWrite()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using var writer = new Utf8JsonWriter(buffer);
        JsonSerializer.Serialize(writer, _response!, LscpJsonContext.Default.ComplianceResponse);
        return writer.BytesCommitted;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("8 records, 1,000 meetings")]
    public int RecordsParsed() => JsonSerializer.Deserialize(_recordsJson, LscpJsonContext.Default.RecordsDocument)!.Meetings!.Count;

    [Benchmark, BenchmarkCategory("8 records, 1,000 meetings")]
    public int RecordsMapped() =>
        RecordsJson.TryFromDocument(_recordsDocument!, "$.records", out var records, out _) ? records!.Meetings.Length : -1;

    private int Evaluate(string key) =>
        ComplianceReportBuilder.Build(BuiltInPartnerships.Lewisham, _records[key], Year, Rulebook.Standard, Calendar, AsOf).Result.Findings.Length;

    /// <summary>
    /// Sends the request and reads the answer as a caller streaming it would, into a sink (the client does not buffer it
    /// whole, so what is measured is the service's cost, not a test client's copy of a large answer); its length.
    /// </summary>
    private long Answer(string key)
    {
        using var response = Send(key);
        using var body = response.Content.ReadAsStream();
        var length = 0L;
        int read;
        while ((read = body.Read(Sink)) > 0)
        {
            length += read;
        }

        return length;
    }

    [ThreadStatic]
    private static byte[]? _sink;

    private static byte[] Sink => _sink ??= new byte[16 * 1024];

    private HttpResponseMessage Send(string key)
    {
        var content = new ByteArrayContent(_bodies[key]);
        content.Headers.ContentType = new(key == "scenario-yaml" ? "application/yaml" : "application/json");
        var route = key.StartsWith("scenario", StringComparison.Ordinal) ? "/v1/scenarios" : key == "deadlines" ? "/v1/deadlines" : "/v1/compliance";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(route, UriKind.Relative)) { Content = content };
        return _client!.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
    }

    /// <summary>Keeps the records as a compliance request's body and, read once here, as the model the baseline evaluates.</summary>
    private void Compliance(string key, RecordsDocument records)
    {
        _bodies["compliance-" + key] = Json(new ComplianceRequest("lewisham", null, records, new PeriodRequest(Year.Start, Year.End), AsOf), LscpJsonContext.Default.ComplianceRequest);
        if (!RecordsJson.TryFromDocument(records, "$.records", out var model, out var errors))
        {
            throw new InvalidOperationException($"{key}: {errors[0].Path} {errors[0].Message}");
        }

        _records[key] = model!;
    }

    /// <summary>
    /// <paramref name="count"/> meetings over 2024-25, cycling through the bodies in force on each day, each with its
    /// first three seats recorded (present), so that every meeting fits the arrangements.
    /// </summary>
    private static RecordsDocument Meetings(int count)
    {
        var lewisham = BuiltInPartnerships.Lewisham;
        var meetings = new List<MeetingDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var date = Year.Start.PlusDays(i % 365);
            var bodies = lewisham.ArrangementsOn(date).BodiesOn(date).ToArray();
            var body = bodies[i % bodies.Length];
            meetings.Add(new MeetingDocument
            {
                Id = $"m-{i}",
                Body = body.Id,
                Date = date.ToString("uuuu-MM-dd", null),
                Attendance = [.. body.Members.Take(3).Select(m => new AttendanceDocument { Agency = m.AgencyId, Representative = m.Representative, Status = "present" })],
            });
        }

        return new RecordsDocument { Meetings = meetings };
    }

    private static byte[] Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, type));

    private static string Repository()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Lscp.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("The repository (Lscp.sln) is not above " + AppContext.BaseDirectory + " or the current folder");
    }
}
