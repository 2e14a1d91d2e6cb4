using Lscp.Model;
using Lscp.Model.Records;
using NodaTime;

namespace Lscp.Tests.Rules;

/// <summary>
/// A made-up but plausible year of Lewisham records for 2024-25 (26 meetings), with a few deliberate faults:
/// police absent from the September executive, the partnership group missing its December to March meeting, and the
/// community (faith) representative absent from every partnership group meeting. Three serious incidents: one handled on
/// time, one whose rapid review Christmas made late (and whose local review is under way), and an older local review paused
/// for criminal proceedings; and two yearly reports. Shared by the tests and the benchmarks.
/// </summary>
public static class LewishamYear
{
    public static PartnershipRecords Records2024(Partnership lewisham)
    {
        var arrangements = lewisham.ArrangementsOn(new LocalDate(2024, 4, 1));
        var meetings = new List<Meeting>();
        void Add(string body, string date, string? chair, Func<Membership, AttendanceStatus>? status = null)
        {
            var seats = arrangements.Body(body).Members;
            var attendance = seats.Select(s => new Attendance(s.AgencyId, status?.Invoke(s) ?? AttendanceStatus.Present, s.Representative));
            meetings.Add(new Meeting($"{body}-{date}", body, LocalDateOf(date), chair, attendance));
        }

        foreach (var date in new[] { "2024-05-14", "2024-07-09", "2024-09-10", "2024-11-12", "2025-01-14", "2025-03-11" })
        {
            Add("executive", date, "lb-lewisham", date == "2024-09-10" ? s => s.AgencyId == "met-police" ? AttendanceStatus.Apologies : AttendanceStatus.Present : null);
        }

        foreach (var date in new[] { "2024-06-18", "2024-10-15" })
        {
            Add("partnership-group", date, "lb-lewisham", s => s.AgencyId == "community" ? AttendanceStatus.Absent : AttendanceStatus.Present);
        }

        foreach (var date in new[] { "2024-07-02", "2025-01-07" })
        {
            Add("tri-borough-steering-group", date, null);
        }

        foreach (var body in new[] { "mesi", "learning-from-practice", "schools-safeguarding-network", "mace" })
        {
            foreach (var date in new[] { "2024-06-04", "2024-09-03", "2024-12-03", "2025-03-04" })
            {
                Add(body, date, null);
            }
        }

        SeriousIncident[] incidents =
        [
            new("LSCP-2024-001", LocalDateOf("2024-05-07"), LocalDateOf("2024-05-10"), LocalDateOf("2024-05-10"), LocalDateOf("2024-05-31"), ReviewDecision.NoReview),
            new("LSCP-2024-002", LocalDateOf("2024-12-16"), LocalDateOf("2024-12-19"), LocalDateOf("2024-12-20"), LocalDateOf("2025-01-17"), ReviewDecision.LocalReview,
                new LocalReview(LocalDateOf("2025-01-20"), null, null)),
            new("LSCP-2023-004", LocalDateOf("2023-09-04"), LocalDateOf("2023-09-07"), LocalDateOf("2023-09-07"), LocalDateOf("2023-09-27"), ReviewDecision.LocalReview,
                new LocalReview(LocalDateOf("2023-10-16"), null, null, [new ReviewDelay("Criminal proceedings", LocalDateOf("2024-01-15"), LocalDateOf("2024-01-16"))])),
        ];
        YearlyReport[] reports =
        [
            new(LocalDateOf("2022-04-01"), LocalDateOf("2023-03-31"), LocalDateOf("2023-09-29"), LocalDateOf("2023-10-03"), LocalDateOf("2023-10-03")),
            new(LocalDateOf("2023-04-01"), LocalDateOf("2024-03-31"), LocalDateOf("2024-09-27"), LocalDateOf("2024-10-01"), LocalDateOf("2024-10-02")),
        ];

        return new PartnershipRecords(meetings, [], incidents, reports);
    }

    private static LocalDate LocalDateOf(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
