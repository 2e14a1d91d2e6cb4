using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Adapters;
using Lscp.Tests.Rules;

namespace Lscp.Tests.Model;

public sealed class RecordsJsonTests
{
    [Fact]
    public void A_year_of_records_round_trips()
    {
        var written = RecordsJson.Write(LewishamYear.Records2024(BuiltInPartnerships.Lewisham));
        var read = RecordsJson.Read(written);
        Assert.Equal(written, RecordsJson.Write(read));
        Assert.Equal(26, read.Meetings.Length);
        Assert.Equal("Criminal proceedings", read.Incidents.Single(i => i.CaseReference == "LSCP-2023-004").LocalReview!.Delays[0].Reason);
    }

    [Fact]
    public void Records_read_from_a_document_equal_the_same_records_built_by_their_constructors()
    {
        // The reader checks each record's invariants once and builds it without checking them again: what it builds must
        // be what the checking constructors build from the same values, field for field (a deputy's name trimmed too).
        var built = LewishamYear.Records2024(BuiltInPartnerships.Lewisham);
        Assert.Equal(built, RecordsJson.Read(RecordsJson.Write(built)));
        var meeting = new Meeting("m-1", "executive", new NodaTime.LocalDate(2024, 5, 14), "lb-lewisham",
            [new Attendance("met-police", AttendanceStatus.DeputyAttended, "Borough commander", " A. Deputy ", chairAgreedDeputy: true)], chairWasDeputy: true);
        var read = RecordsJson.Read(RecordsJson.Write(new PartnershipRecords([meeting], [])));
        Assert.Equal(meeting, Assert.Single(read.Meetings));
        Assert.Equal("A. Deputy", read.Meetings[0].Attendance[0].Deputy);
    }

    [Fact]
    public void Every_bad_record_is_reported_with_its_path()
    {
        const string json = """
            {
              "meetings": [ { "id": "m1", "body": "executive", "date": "2024-02-30", "attendance": [ { "agency": "council", "status": "late" } ] } ],
              "incidents": [ { "caseReference": "C-1", "localAuthorityAwareOn": "2024-05-01", "rapidReviewSentOn": "2024-05-20" } ]
            }
            """;
        var errors = Assert.Throws<InvalidRecordsException>(() => RecordsJson.Read(json)).Errors;
        Assert.Equal(["$.incidents[0].rapidReviewSentOn", "$.meetings[0].attendance[0].status", "$.meetings[0].date"], errors.Select(e => e.Path).Order().ToArray());
        Assert.Contains(errors, e => e.Message.Contains("without a notification", StringComparison.Ordinal));
    }
}
