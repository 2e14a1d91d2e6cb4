// Uses the libraries as an embedding app would, compiled ahead of time: the calendar, a partnership read from JSON, a
// compliance evaluation, the report as JSON, and the client's contracts. Prints one line per check and exits 1 on a wrong answer.
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Adapters;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Reporting;
using NodaTime;

var failures = 0;
void Check(string what, object? actual, object? expected)
{
    var ok = Equals(actual, expected);
    failures += ok ? 0 : 1;
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}: {actual}{(ok ? string.Empty : $" (expected {expected})")}");
}

var calendar = WorkingDayCalendar.EnglandAndWales;
Check("5 working days after 2024-12-20", calendar.AddWorkingDays(new LocalDate(2024, 12, 20), 5), new LocalDate(2024, 12, 31));

var lewisham = PartnershipJson.Read(BuiltInPartnerships.Document("lewisham.json"));
Check("Lewisham read from its JSON equals the built-in", lewisham == BuiltInPartnerships.Lewisham, true);

var year = new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2025, 3, 31));
var report = ComplianceReportBuilder.Build(lewisham, PartnershipRecords.Empty, year, Rulebook.Standard, calendar, new FixedDateClock(new LocalDate(2025, 6, 30)));
Check("an empty year is not compliant", report.Verdict, Verdict.NotCompliant);
var json = ComplianceReportJson.Write(report.ToContract());
Check("the report JSON names its verdict in camelCase", json.Contains("\"verdict\": \"notCompliant\"", StringComparison.Ordinal), true);

var wire = System.Text.Json.JsonSerializer.Serialize(new Lscp.Contracts.DeadlinesRequest(null, null, new LocalDate(2025, 2, 1)), Lscp.Contracts.LscpJsonContext.Default.DeadlinesRequest);
Check("a request in the wire format", wire, "{\"asOf\":\"2025-02-01\"}");

return failures == 0 ? 0 : 1;
