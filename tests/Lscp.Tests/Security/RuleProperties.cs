using FsCheck;
using FsCheck.Fluent;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Tests.Rules;
using NodaTime;

namespace Lscp.Tests.Security;

/// <summary>The rules never throw on valid records, however odd: random meetings, attendance and chairs give findings, not exceptions.</summary>
public sealed class RuleProperties
{
    private static readonly string[] Members = ["council", "icb", "police"];

    private static readonly Gen<Meeting> Meetings =
        from day in Gen.Choose(0, 364)
        from statuses in Gen.ArrayOf(Gen.Elements(AttendanceStatus.Present, AttendanceStatus.Apologies, AttendanceStatus.Absent), 3)
        from chair in Gen.Elements<string?>(null, "council", "icb", "police")
        from deputyChair in Gen.Elements(false, true)
        from id in Gen.Choose(0, 1_000_000)
        select new Meeting($"m{id}-{day}", "executive", new LocalDate(2024, 4, 1).PlusDays(day), chair,
            Members.Select((agency, i) => new Attendance(agency, statuses[i])), chair is not null && deputyChair);

    [Fact]
    public void Random_valid_records_give_findings_not_exceptions()
    {
        var partnership = Testshire.Partnership();
        var ruleIds = RuleCatalogue.All.Select(r => r.Id).ToHashSet();
        Prop.ForAll(Gen.ListOf(Meetings).ToArbitrary(), meetings =>
        {
            var distinct = meetings.DistinctBy(m => m.Id).ToList();
            var result = Testshire.Evaluate(partnership, new PartnershipRecords(distinct, []));
            return result.Findings.All(f => ruleIds.Contains(f.RuleId) && f.From <= f.To && !string.IsNullOrWhiteSpace(f.Message));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
