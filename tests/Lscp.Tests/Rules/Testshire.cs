using System.Text.Json.Nodes;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Adapters;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Tests.Model;
using Lscp.Tests.Support;
using NodaTime;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Rules;

/// <summary>
/// A partnership described only in JSON (the test document, with its three leads in post), and builders for its records,
/// so each rule test states just the fact it is about.
/// </summary>
internal static class Testshire
{
    public static Partnership Partnership(Action<JsonObject>? change = null)
    {
        var document = TestDocuments.Minimal();
        var holdings = document.Version()["holdings"]!.AsArray();
        foreach (var post in new[] { "council-ce", "icb-ce", "police-cc", "icb-nurse", "police-supt" })
        {
            holdings.Add(JsonNode.Parse($$"""{ "post": "{{post}}", "from": "2024-04-01", "source": "test" }"""));
        }

        change?.Invoke(document);
        return PartnershipJson.Read(document.ToJsonString());
    }

    public static Attendance Present(string agency) => new(agency, AttendanceStatus.Present);

    public static Attendance Absent(string agency) => new(agency, AttendanceStatus.Absent);

    public static Attendance Deputy(string agency, bool chairAgreed = false) => new(agency, AttendanceStatus.DeputyAttended, deputy: "Deputy", chairAgreedDeputy: chairAgreed);

    /// <summary>An executive meeting with everyone present, chaired as the rotation says (council in 2024-25).</summary>
    public static Meeting Executive(string date, string? chair = "council", bool deputyChair = false, params Attendance[] attendance) =>
        new($"executive-{date}", "executive", D(date), chair, attendance.Length > 0 ? attendance : [Present("council"), Present("icb"), Present("police")], deputyChair);

    /// <summary>One executive meeting in each two-month window of 2024-25, everyone present.</summary>
    public static IEnumerable<Meeting> ExecutiveYear() =>
        new[] { "2024-05-14", "2024-07-09", "2024-09-10", "2024-11-12", "2025-01-14", "2025-03-11" }.Select(d => Executive(d));

    public static PartnershipRecords Records(IEnumerable<Meeting> meetings, params DelegationDecision[] decisions) => new(meetings, decisions);

    public static ComplianceResult Evaluate(Partnership partnership, PartnershipRecords records, Rulebook? rulebook = null, string from = "2024-04-01", string to = "2025-03-31", string today = "2026-01-01") =>
        ComplianceEvaluator.Evaluate(partnership, records, new DateInterval(D(from), D(to)), rulebook ?? Rulebook.Standard, WorkingDayCalendar.EnglandAndWales, new FixedDateClock(D(today)));
}
