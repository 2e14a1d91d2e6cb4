// An outsider's console app: calls five endpoints and the meeting feed of a running Lscp service through two clients that NSwag and Kiota
// generated from the published OpenAPI document (generated/, never edited), and checks each answer. Exit 1 on the
// first wrong answer. Run by run.sh, which generates, builds, starts the service and passes its address.
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

var baseUrl = args.Length > 0 ? args[0] : "http://127.0.0.1:5098";
var failures = new List<string>();
var checks = 0;
void Expect(string what, object? actual, object? expected)
{
    checks++;
    if (!Equals(actual, expected))
    {
        failures.Add($"{what}: expected {expected}, got {actual}");
    }
}

using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };

// NSwag: one class, a method per operation.
var nswag = new Outsider.NSwag.LscpNSwagClient(http) { BaseUrl = baseUrl };
Expect("NSwag health", (await nswag.HealthAsync()).Status, "healthy");
Expect("NSwag calendar add", (await nswag.AddWorkingDaysAsync(new DateTimeOffset(2024, 12, 20, 0, 0, 0, TimeSpan.Zero), 5)).Result.ToString("yyyy-MM-dd"), "2024-12-31");
var nswagRules = await nswag.ListRulesAsync();
Expect("NSwag rules: TS-ACTION-01 is a learning clock", nswagRules.FirstOrDefault(r => r.Id == "TS-ACTION-01")?.Area, Outsider.NSwag.RuleArea.Learning);
var nswagDeadlines = await nswag.GetDeadlinesAsync(new Outsider.NSwag.DeadlinesRequest
{
    AsOf = new DateTimeOffset(2025, 1, 31, 0, 0, 0, TimeSpan.Zero),
    Incident = new Outsider.NSwag.IncidentDocument { CaseReference = "LSCP-2024-009", LocalAuthorityAwareOn = new DateTimeOffset(2024, 12, 20, 0, 0, 0, TimeSpan.Zero) },
});
Expect("NSwag deadlines: the Panel is told by 2024-12-31", nswagDeadlines.Deadlines.FirstOrDefault(d => d.RuleId == "TS-NOTIFY-01")?.DueOn?.ToString("yyyy-MM-dd"), "2024-12-31");
var nswagReport = await nswag.EvaluateComplianceAsync(new Outsider.NSwag.ComplianceRequest
{
    Partnership = "lewisham",
    AsOf = new DateTimeOffset(2025, 6, 30, 0, 0, 0, TimeSpan.Zero),
    Records = new Outsider.NSwag.RecordsDocument(),
});
Expect("NSwag compliance: what to record for the third question", nswagReport.Measures.Learning.ToRecord.Count, 2);

using (var feed = await nswag.GetMeetingScheduleIcsAsync("lewisham", "executive", 2024, null, null))
using (var reader = new StreamReader(feed.Stream))
{
    Expect("NSwag meeting feed: an iCalendar file", (await reader.ReadToEndAsync()).Split("\r\n")[0], "BEGIN:VCALENDAR");
}

// Kiota: request builders by path.
var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl };
var kiota = new Outsider.Kiota.LscpKiotaClient(adapter);
Expect("Kiota health", (await kiota.Health.GetAsync())?.Status, "healthy");
var added = await kiota.V1.Calendar.Add.GetAsync(c => { c.QueryParameters.Date = new Date(2024, 12, 20); c.QueryParameters.WorkingDays = 5; });
Expect("Kiota calendar add", added?.Result?.ToString(), "2024-12-31");
var kiotaRules = await kiota.V1.Rules.GetAsync();
Expect("Kiota rules: TS-ACTION-01 is a learning clock", kiotaRules?.FirstOrDefault(r => r.Id == "TS-ACTION-01")?.Area, Outsider.Kiota.Models.RuleArea.Learning);
var kiotaDeadlines = await kiota.V1.Deadlines.PostAsync(new Outsider.Kiota.Models.DeadlinesRequest
{
    AsOf = new Date(2025, 1, 31),
    Incident = new Outsider.Kiota.Models.IncidentDocument { CaseReference = "LSCP-2024-009", LocalAuthorityAwareOn = new Date(2024, 12, 20) },
});
Expect("Kiota deadlines: the Panel is told by 2024-12-31", kiotaDeadlines?.Deadlines?.FirstOrDefault(d => d.RuleId == "TS-NOTIFY-01")?.DueOn?.ToString(), "2024-12-31");
var kiotaReport = await kiota.V1.Compliance.PostAsync(new Outsider.Kiota.Models.ComplianceRequest { Partnership = "lewisham", AsOf = new Date(2025, 6, 30), Records = new Outsider.Kiota.Models.RecordsDocument() });
Expect("Kiota compliance: what to record for the third question", kiotaReport?.Measures?.Learning?.ToRecord?.Count, 2);

await using (var feed = await kiota.V1.Partnerships["lewisham"].Bodies["executive"].ScheduleIcs.GetAsync(c => c.QueryParameters.Year = 2024))
using (var reader = new StreamReader(feed!))
{
    Expect("Kiota meeting feed: an iCalendar file", (await reader.ReadToEndAsync()).Split("\r\n")[0], "BEGIN:VCALENDAR");
}

if (failures.Count > 0)
{
    Console.Error.WriteLine(string.Join(Environment.NewLine, failures));
    return 1;
}

Console.WriteLine($"NSwag and Kiota clients: {checks} checks over five endpoints and the meeting feed passed.");
return 0;

namespace Outsider.NSwag
{
    /// <summary>The generated client's own hook: leave out what has no value, as the service asks (null is refused).</summary>
    public partial class LscpNSwagClient
    {
        static partial void UpdateJsonSerializerSettings(System.Text.Json.JsonSerializerOptions settings) =>
            settings.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
    }
}
