using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lscp.Http;
using Lscp.Rules;
using Lscp.Tests.Http;
using Lscp.Tests.Support;

namespace Lscp.Tests.Docs;

/// <summary>
/// docs/architecture.md lists the six files of a compliance request's own path; this records, through the service's
/// traces, the call stack (with file names) where the rules run and where the answer is written during a real request,
/// and fails when a file of ours on either stack is not on that list.
/// </summary>
public sealed class RequestPathTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    [Fact]
    public async Task A_compliance_request_reaches_the_rules_and_writes_its_answer_through_only_the_files_the_page_lists()
    {
        const string marker = "2025-06-17";
        var stacks = new ConcurrentBag<(string Activity, string? AsOf, string? Answer, string[] Files)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is RulesTelemetry.SourceName or HttpTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            // Started: the activity is made, with its tags, inside the step, so the stack is the step's.
            ActivityStarted = a => stacks.Add((a.OperationName, a.GetTagItem("lscp.asOf") as string, a.GetTagItem("lscp.answer") as string, OurFiles(new StackTrace(true)))),
        };
        ActivitySource.AddActivityListener(listener);

        var body = $$"""{"partnership":"lewisham","records":{"meetings":[]},"period":{"start":"2024-04-01","end":"2025-03-31"},"asOf":"{{marker}}"}""";
        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/compliance", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = ListedFiles();

        var rules = stacks.Where(s => s.Activity == RulesTelemetry.Evaluate && s.AsOf == marker).ToList();
        Assert.NotEmpty(rules);
        var writes = stacks.Where(s => s.Activity == HttpTelemetry.WriteAnswer && s.Answer == "ComplianceResponse").ToList();
        Assert.NotEmpty(writes);
        foreach (var (activity, _, _, files) in rules.Concat(writes))
        {
            Assert.All(files, f => Assert.True(listed.Contains(f), $"{activity}: {f} is on the request's path but not among the files docs/architecture.md lists ({string.Join(", ", listed)})."));
        }

        // Not vacuous: the endpoint and the report builder are on the rules' stack, the contract's writer on the answer's.
        Assert.Contains("src/Lscp.Http/Endpoints/RecordEndpoints.cs", rules[0].Files);
        Assert.Contains("src/Lscp.Rules/Reporting/ComplianceReportBuilder.cs", rules[0].Files);
        Assert.Contains("src/Lscp.Http/Results/ContractOk.cs", writes[0].Files);
    }

    /// <summary>The repository-relative source files of ours (under src/) on a stack, each once.</summary>
    private static string[] OurFiles(StackTrace stack) =>
        [.. stack.GetFrames()
            .Select(f => f.GetFileName())
            .OfType<string>()
            .Select(f => f.Replace('\\', '/'))
            .Select(f => f.IndexOf("/src/", StringComparison.Ordinal) is var i and >= 0 ? f[(i + 1)..] : null)
            .OfType<string>()
            // Code the compiler generates for ASP.NET Core's binding (under obj/) is the framework's, not a file of ours.
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal))
            // The probe itself (where the activity is made) is the instrument, not a step.
            .Where(f => !f.EndsWith("Telemetry.cs", StringComparison.Ordinal))
            .Distinct()];

    /// <summary>The files of the page's six numbered steps, and those it names as around every route.</summary>
    private static HashSet<string> ListedFiles()
    {
        var page = File.ReadAllText(Repository.Path("docs", "architecture.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = Regex.Match(page, @"## One compliance request, from HTTP to rule and back\n(?<body>.*?)\n## ", RegexOptions.Singleline).Groups["body"].Value;
        var steps = string.Concat(Regex.Matches(section, @"(?ms)^\d\. (?<text>.*?)(?=^\d\. |^\n|\z)").Select(m => m.Groups["text"].Value));
        var around = Regex.Match(section, @"(?ms)^Around every route.*?(?=^\n|\z)").Value;
        Assert.False(string.IsNullOrEmpty(around), "docs/architecture.md no longer says what is around every route.");
        return [.. Regex.Matches(steps + around, "`(src/[^`]+\\.cs)`").Select(m => m.Groups[1].Value)];
    }
}
