using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Lscp.Http;
using Lscp.Adapters;
using Lscp.Model;
using Lscp.Rules.Catalogue;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lscp.Benchmarks;

/// <summary>
/// The most expensive request each POST endpoint accepts, through the whole service in process (limits as shipped: a
/// 1 MiB body, 10,000 items a list, 100 settings a parameter, 100 suspensions a rule, a period of at most 10 years).
/// Each must cost under 100 ms. Every request is checked once in <see cref="Setup"/> to be accepted (200), so a
/// benchmark never measures a cheap refusal; the scenario files at the reader's own limits (32 levels deep, and aliases
/// repeating the most nodes allowed) are checked to get the answer they must, and each must cost under 50 ms.
/// </summary>
[MemoryDiagnoser]
public class WorstCaseBenchmarks
{
    private const int MaxBody = 1024 * 1024;

    private WebApplication? _app;
    private HttpClient? _client;
    private readonly Dictionary<string, byte[]> _bodies = [];

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddLscp(o => o.PermitsPerMinute = 1_000_000);
        _app = builder.Build();
        _app.UseLscp();
        _app.MapLscp();
        _app.StartAsync().GetAwaiter().GetResult();
        _client = _app.GetTestClient();

        _bodies["/v1/compliance#meetings"] = Fill(ComplianceShell(), "records", "meetings", Meeting, 10_000);
        _bodies["/v1/compliance#incidents"] = IncidentsThenMeetings();
        _bodies["/v1/compliance#rulebook"] = Encoding.UTF8.GetBytes(RulebookHeavy().ToJsonString());
        _bodies["/v1/compliance#duties"] = DutiesHeavy();
        _bodies["/v1/compliance#learning"] = LearningHeavy();
        _bodies["/v1/deadlines#reports"] = Fill(new JsonObject { ["asOf"] = "2025-06-30", ["yearlyReports"] = new JsonArray() }, null, "yearlyReports", YearlyReport, 50);
        _bodies["/v1/quorum#attendance"] = Encoding.UTF8.GetBytes(QuorumHeavy().ToJsonString());
        _bodies["/v1/workbooks#cells"] = WorkbookHeavy();
        _bodies["/v1/scenarios#deepest"] = Encoding.UTF8.GetBytes("name: " + new string('[', 31) + new string(']', 31) + "\n");
        _bodies["/v1/scenarios#too-deep"] = Encoding.UTF8.GetBytes("x: " + new string('[', 30_000) + new string(']', 30_000));
        _bodies["/v1/scenarios#most-aliased"] = MostAliased();
        foreach (var (key, body) in _bodies)
        {
            using var response = Post(key, body);
            var expected = key.EndsWith("deep", StringComparison.Ordinal) || key.EndsWith("deepest", StringComparison.Ordinal) ? 400 : 200;
            if ((int)response.StatusCode != expected)
            {
                throw new InvalidOperationException($"{key} ({body.Length} bytes) is refused: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()[..Math.Min(600, (int)response.Content.Headers.ContentLength.GetValueOrDefault(600))]}");
            }

            Console.WriteLine($"// {key}: {body.Length:N0} bytes in, {response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length:N0} bytes out");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A ten-year period of the built-in Lewisham arrangements with 1 MiB of fully attended meetings across it.</summary>
    [Benchmark]
    public long ComplianceMostMeetings() => Send("/v1/compliance#meetings");

    /// <summary>A ten-year period with the most incidents allowed (500), each with a local review and two recorded delays, 50 yearly reports, and meetings to fill 1 MiB.</summary>
    [Benchmark]
    public long ComplianceMostIncidents() => Send("/v1/compliance#incidents");

    /// <summary>Every setting and suspension the limits allow, over a ten-year period with meetings.</summary>
    [Benchmark]
    public long ComplianceLargestRulebook() => Send("/v1/compliance#rulebook");

    /// <summary>A ten-year period with the duty records filling 1 MiB: key documents with sign-offs, scrutiny periods and reports, 500 death reviews.</summary>
    [Benchmark]
    public long ComplianceMostDuties() => Send("/v1/compliance#duties");

    /// <summary>
    /// A year of learning (issue 26): 500 review and audit recommendations with 2,000 actions (open, in progress, late,
    /// on time, with and without evidence of impact) and 100 audits whose themes repeat, beside the year before.
    /// </summary>
    [Benchmark]
    public long ComplianceMostLearning() => Send("/v1/compliance#learning");

    /// <summary>The most yearly reports allowed (50) for the deadline calculator.</summary>
    [Benchmark]
    public long DeadlinesMostReports() => Send("/v1/deadlines#reports");

    /// <summary>A quorum check of one meeting with the longest attendance list allowed.</summary>
    [Benchmark]
    public long QuorumLongestAttendance() => Send("/v1/quorum#attendance");

    /// <summary>A spreadsheet of the most cells 1 MiB holds: one sheet of 256 columns, each cell a one-letter string (text cells are the heavier to write).</summary>
    [Benchmark]
    public long WorkbookMostCells() => Send("/v1/workbooks#cells");

    /// <summary>A scenario file nested as deep as the reader allows (32 levels): refused by the contract, as it must be.</summary>
    [Benchmark]
    public long ScenarioDeepest() => Send("/v1/scenarios#deepest");

    /// <summary>30,000 nested lists in 60 KB: refused at the 33rd level, before anything is built.</summary>
    [Benchmark]
    public long ScenarioTooDeep() => Send("/v1/scenarios#too-deep");

    /// <summary>A scenario whose aliases repeat the most nodes allowed (10,000): 1,000 meetings sharing one attendance list.</summary>
    [Benchmark]
    public long ScenarioMostAliased() => Send("/v1/scenarios#most-aliased");

    private long Send(string key)
    {
        using var response = Post(key, _bodies[key]);
        return response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length;
    }

    private HttpResponseMessage Post(string key, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new(key.StartsWith("/v1/scenarios", StringComparison.Ordinal) ? "application/yaml" : "application/json");
        return _client!.PostAsync(new Uri(key.Split('#')[0], UriKind.Relative), content).GetAwaiter().GetResult();
    }

    private static byte[] MostAliased()
    {
        // One attendance list of three seats (ten nodes: the list, three mappings, six values), repeated by 1,000 aliases.
        var yaml = new StringBuilder("""
            name: The most aliased scenario the reader allows
            partnership: lewisham
            period: { start: 2024-04-01, end: 2025-03-31 }
            asOf: 2025-06-30
            records:
              meetings:
                - { id: m-0, body: executive, date: 2024-04-02, chair: lb-lewisham, attendance: &seats [{ agency: lb-lewisham, status: present }, { agency: nhs-sel-icb, status: present }, { agency: met-police, status: present }] }

            """);
        for (var i = 1; i <= 1_000; i++)
        {
            yaml.Append($"    - {{ id: m-{i}, body: executive, date: {new NodaTime.LocalDate(2024, 4, 2).PlusDays(i % 360):uuuu-MM-dd}, chair: lb-lewisham, attendance: *seats }}\n");
        }

        return Encoding.UTF8.GetBytes(yaml.ToString());
    }

    private static byte[] WorkbookHeavy()
    {
        const int columns = 256;
        var row = "[" + string.Join(',', Enumerable.Repeat("\"a\"", columns)) + "]";
        var head = "{\"sheets\":[{\"name\":\"Cells\",\"columns\":[" + string.Join(',', Enumerable.Range(0, columns).Select(c => $"\"c{c}\"")) + "],\"rows\":[";
        var rows = (MaxBody - head.Length - 8) / (row.Length + 1);
        return Encoding.UTF8.GetBytes(head + string.Join(',', Enumerable.Repeat(row, rows)) + "]}]}");
    }

    private static JsonObject ComplianceShell() => new()
    {
        ["partnership"] = "lewisham",
        ["asOf"] = "2025-06-30",
        ["period"] = new JsonObject { ["start"] = "2015-07-01", ["end"] = "2025-06-30" },
        ["records"] = new JsonObject { ["meetings"] = new JsonArray(), ["incidents"] = new JsonArray() },
    };

    /// <summary>Adds items made by <paramref name="item"/> to the list until the body is as large as the limit allows.</summary>
    private static byte[] Fill(JsonObject shell, string? parent, string list, Func<int, JsonNode> item, int most)
    {
        var array = (parent is null ? shell[list] : shell[parent]![list])!.AsArray();
        var size = Encoding.UTF8.GetByteCount(shell.ToJsonString());
        for (var i = 0; i < most; i++)
        {
            var next = item(i);
            var length = Encoding.UTF8.GetByteCount(next.ToJsonString()) + 1;
            if (size + length > MaxBody)
            {
                break;
            }

            array.Add(next);
            size += length;
        }

        return Encoding.UTF8.GetBytes(shell.ToJsonString());
    }

    private static byte[] IncidentsThenMeetings()
    {
        var shell = ComplianceShell();
        var records = shell["records"]!.AsObject();
        records["incidents"] = new JsonArray([.. Enumerable.Range(0, 500).Select(Incident)]);
        records["yearlyReports"] = new JsonArray([.. Enumerable.Range(36, 50).Select(YearlyReport)]);
        return Fill(shell, "records", "meetings", Meeting, 10_000);
    }

    private static byte[] LearningHeavy()
    {
        static string Day(NodaTime.LocalDate day) => day.ToString("uuuu-MM-dd", null);
        var owners = new[] { "met-police", "nhs-sel-icb", "lb-lewisham", "lewisham-education" };
        var themes = new[] { "neglect", "information sharing", "strategy discussions", "escalation", "voice of the child", "domestic abuse", "exploitation" };
        var start = new NodaTime.LocalDate(2024, 4, 1);
        var shell = new JsonObject
        {
            ["partnership"] = "lewisham",
            ["asOf"] = "2025-06-30",
            ["period"] = new JsonObject { ["start"] = "2024-04-01", ["end"] = "2025-03-31" },
            ["records"] = new JsonObject
            {
                ["audits"] = new JsonArray([.. Enumerable.Range(0, 100).Select(i =>
                {
                    var audit = new JsonObject
                    {
                        ["id"] = $"audit-{i}",
                        ["theme"] = themes[i % themes.Length],
                        ["commissionedBy"] = "mesi",
                        ["plannedFor"] = Day(start.PlusDays(i * 3)),
                        ["methods"] = new JsonArray("caseAudit", "survey"),
                        ["findings"] = new JsonArray($"finding {i}"),
                    };
                    if (i % 5 != 0)
                    {
                        // A request leaves out a member with no value (null is refused): every fifth audit is not done.
                        audit["completedOn"] = Day(start.PlusDays((i * 3) + (i % 3 == 0 ? 10 : -2)));
                    }

                    return (JsonNode)audit;
                })]),
                ["recommendations"] = new JsonArray([.. Enumerable.Range(0, 500).Select(r => (JsonNode)new JsonObject
                {
                    ["id"] = $"r{r}",
                    ["source"] = r % 4 == 0 ? "audit" : "nationalReview",
                    ["reference"] = r % 4 == 0 ? $"audit-{r % 100}" : $"National review {r % 10}",
                    ["madeOn"] = Day(start.PlusDays(r % 300).PlusYears(r % 2 == 0 ? 0 : -1)),
                    ["theme"] = themes[r % themes.Length],
                    ["actions"] = new JsonArray([.. Enumerable.Range(0, 4).Select(a =>
                    {
                        var made = start.PlusDays(r % 300).PlusYears(r % 2 == 0 ? 0 : -1);
                        var due = made.PlusDays(60 + (a * 15));
                        var action = new JsonObject { ["id"] = $"r{r}-a{a}", ["owner"] = owners[(r + a) % owners.Length], ["dueOn"] = Day(due) };
                        switch ((r + a) % 4)
                        {
                            case 0:
                                action["status"] = "open";
                                break;
                            case 1:
                                action["status"] = "inProgress";
                                action["statusChangedOn"] = Day(made.PlusDays(10));
                                break;
                            default:
                                var done = due.PlusDays((r + a) % 3 == 0 ? 20 : -5);
                                action["status"] = "done";
                                action["statusChangedOn"] = Day(done);
                                if ((r + a) % 4 == 3)
                                {
                                    action["impact"] = new JsonObject { ["checked"] = "re-audit", ["checkedOn"] = Day(done.PlusDays(30)), ["audit"] = $"audit-{r % 100}" };
                                }

                                break;
                        }

                        return (JsonNode)action;
                    })]),
                })]),
            },
        };
        return Encoding.UTF8.GetBytes(shell.ToJsonString());
    }

    private static byte[] DutiesHeavy()
    {
        var shell = ComplianceShell();
        var records = shell["records"]!.AsObject();
        records["deathReviews"] = new JsonArray([.. Enumerable.Range(0, 500).Select(i => (JsonNode)new JsonObject
        {
            ["caseReference"] = $"CD-{i}",
            ["learnedOn"] = new NodaTime.LocalDate(2015, 7, 6).PlusDays(i * 7).ToString("uuuu-MM-dd", null),
            ["notifiedOn"] = new NodaTime.LocalDate(2015, 7, 9).PlusDays(i * 7).ToString("uuuu-MM-dd", null),
        })]);
        records["scrutiny"] = new JsonArray([.. Enumerable.Range(0, 2000).Select(i => (JsonNode)new JsonObject
        {
            ["model"] = "scrutineer",
            ["holder"] = $"Scrutineer {i}",
            ["from"] = new NodaTime.LocalDate(2015, 7, 1).PlusDays(i).ToString("uuuu-MM-dd", null),
            ["to"] = new NodaTime.LocalDate(2015, 7, 1).PlusDays(i + 30).ToString("uuuu-MM-dd", null),
        })]);
        records["scrutinyReports"] = new JsonArray([.. Enumerable.Range(0, 1000).Select(i => (JsonNode)new JsonObject
        {
            ["title"] = $"Scrutiny report {i}",
            ["publishedOn"] = new NodaTime.LocalDate(2015, 7, 1).PlusDays(i * 3).ToString("uuuu-MM-dd", null),
        })]);
        records["documents"] = new JsonArray();
        return Fill(shell, "records", "documents", i =>
        {
            var document = new JsonObject
            {
                ["kind"] = (i % 4) switch { 0 => "arrangements", 1 => "yearlyReport", 2 => "budget", _ => "thresholds" },
                ["title"] = $"Document {i}",
                ["publishedOn"] = new NodaTime.LocalDate(2015, 8, 1).PlusDays(i % 3500).ToString("uuuu-MM-dd", null),
                ["signOffs"] = new JsonArray(
                    new JsonObject { ["partner"] = "lb-lewisham", ["signedOn"] = new NodaTime.LocalDate(2015, 7, 30).PlusDays(i % 3500).ToString("uuuu-MM-dd", null) },
                    new JsonObject { ["partner"] = "met-police", ["signedOn"] = new NodaTime.LocalDate(2015, 7, 30).PlusDays(i % 3500).ToString("uuuu-MM-dd", null), ["byDelegate"] = true }),
            };
            if (i % 4 == 0)
            {
                // A request leaves out a member with no value (null is refused).
                document["edition"] = "workingTogether2023";
                document["contents"] = new JsonArray("partners", "area", "reviews");
            }

            return document;
        }, 10_000);
    }

    private static readonly Partnership Lewisham = BuiltInPartnerships.Lewisham;

    private static JsonNode Meeting(int i)
    {
        // Spread over the period, cycling through the bodies in force on the day, every seat recorded.
        var date = new NodaTime.LocalDate(2019, 7, 1).PlusDays(i % 2190);
        var arrangements = Lewisham.ArrangementsOn(date);
        var bodies = arrangements.BodiesOn(date).ToArray();
        var body = bodies[i % bodies.Length];
        var attendance = new JsonArray([.. body.Members.Select((m, k) => (JsonNode)new JsonObject
        {
            ["agency"] = m.AgencyId,
            ["representative"] = m.Representative,
            ["status"] = k % 5 == 0 ? "apologies" : "present",
        })]);
        return new JsonObject { ["id"] = $"m-{i}", ["body"] = body.Id, ["date"] = date.ToString("uuuu-MM-dd", null), ["attendance"] = attendance };
    }

    private static JsonNode Incident(int i)
    {
        var aware = new NodaTime.LocalDate(2015, 7, 6).PlusDays(i % 3600);
        string D(int days) => aware.PlusDays(days).ToString("uuuu-MM-dd", null);
        return new JsonObject
        {
            ["caseReference"] = $"C-{i}",
            ["localAuthorityAwareOn"] = D(0),
            ["notifiedPanelOn"] = D(3),
            ["reportedToPartnersOn"] = D(3),
            ["rapidReviewSentOn"] = D(20),
            ["decision"] = "localReview",
            ["localReview"] = new JsonObject
            {
                ["initiatedOn"] = D(30),
                ["finalReportSentOn"] = D(200),
                ["delays"] = new JsonArray(new JsonObject { ["reason"] = "Inquest", ["panelToldOn"] = D(40), ["secretaryOfStateToldOn"] = D(41) }, new JsonObject { ["reason"] = "Trial", ["panelToldOn"] = D(60) }),
            },
        };
    }

    private static JsonNode YearlyReport(int i)
    {
        var from = new NodaTime.LocalDate(1979, 4, 1).PlusYears(i % 200);
        return new JsonObject
        {
            ["coversFrom"] = from.ToString("uuuu-MM-dd", null),
            ["coversTo"] = from.PlusYears(1).PlusDays(-1).ToString("uuuu-MM-dd", null),
            ["publishedOn"] = from.PlusYears(1).PlusMonths(6).ToString("uuuu-MM-dd", null),
        };
    }

    private static JsonObject RulebookHeavy()
    {
        var settings = new JsonArray();
        var suspensions = new JsonArray();
        foreach (var definition in RuleCatalogue.All)
        {
            for (var k = 0; k < Rulebook.MaxSuspensionsPerRule; k++)
            {
                var day = new NodaTime.LocalDate(2015, 7, 1).PlusDays(k * 36);
                suspensions.Add(new JsonObject { ["rule"] = definition.Id, ["from"] = day.ToString("uuuu-MM-dd", null), ["to"] = day.PlusDays(1).ToString("uuuu-MM-dd", null), ["reason"] = "Benchmark" });
            }

            foreach (var parameter in definition.Parameters)
            {
                for (var k = 0; k < Rulebook.MaxSettingsPerParameter; k++)
                {
                    var day = new NodaTime.LocalDate(2015, 7, 1).PlusDays(k * 36);
                    settings.Add(new JsonObject { ["rule"] = definition.Id, ["name"] = parameter.Name, ["value"] = parameter.DefaultValue ?? parameter.Choices.FirstOrDefault() ?? $"{parameter.Minimum ?? 1}", ["from"] = day.ToString("uuuu-MM-dd", null), ["to"] = day.PlusDays(35).ToString("uuuu-MM-dd", null), ["reason"] = "Benchmark" });
                }
            }
        }

        var shell = ComplianceShell();
        shell["rulebook"] = new JsonObject { ["settings"] = settings, ["suspensions"] = suspensions };
        var meetings = shell["records"]!["meetings"]!.AsArray();
        var size = Encoding.UTF8.GetByteCount(shell.ToJsonString());
        for (var i = 0; size < MaxBody - 4096; i++)
        {
            var meeting = Meeting(i);
            size += Encoding.UTF8.GetByteCount(meeting.ToJsonString()) + 1;
            meetings.Add(meeting);
        }

        return shell;
    }

    private static JsonObject QuorumHeavy()
    {
        // The caller's own arrangements, whose executive has as many seats as fit, every one attending.
        var document = Lscp.Tests.Model.TestDocuments.Minimal();
        var members = Lscp.Tests.Model.TestDocuments.Body(document, 0)["members"]!.AsArray();
        var attendance = new JsonArray();
        var request = new JsonObject
        {
            ["arrangements"] = document,
            ["meeting"] = new JsonObject { ["id"] = "m", ["body"] = "executive", ["date"] = "2024-05-14", ["attendance"] = attendance },
        };
        foreach (var member in members)
        {
            attendance.Add(new JsonObject { ["agency"] = member!["agency"]!.GetValue<string>(), ["representative"] = member["representative"]!.GetValue<string>(), ["status"] = "present" });
        }

        var size = Encoding.UTF8.GetByteCount(request.ToJsonString());
        for (var i = 0; members.Count < 10_000; i++)
        {
            var seat = new JsonObject { ["agency"] = "school", ["representative"] = $"R{i}" };
            var present = new JsonObject { ["agency"] = "school", ["representative"] = $"R{i}", ["status"] = "present" };
            size += Encoding.UTF8.GetByteCount(seat.ToJsonString()) + Encoding.UTF8.GetByteCount(present.ToJsonString()) + 2;
            if (size > MaxBody)
            {
                break;
            }

            members.Add(seat);
            attendance.Add(present);
        }

        return request;
    }
}
