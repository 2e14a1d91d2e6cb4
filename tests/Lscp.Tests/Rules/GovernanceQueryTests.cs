using System.Text.Json.Nodes;
using Lscp.Adapters;
using Lscp.Model;
using Lscp.Rules.Calendar;
using Lscp.Rules.Governance;
using Lscp.Tests.Model;
using static Lscp.Tests.Rules.Testshire;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Rules;

/// <summary>The governance queries on the built-in Lewisham data and on the JSON-described test partnership.</summary>
public sealed class GovernanceQueryTests
{
    private static readonly Partnership Lewisham = BuiltInPartnerships.Lewisham;

    [Fact]
    public void An_act_by_the_2020_21_CCG_officer_is_the_CCG_leads_in_WT2018_words()
    {
        var chain = Assert.Single(Accountability.ForPerson(Lewisham, "martin wilkinson", D("2020-10-01")));
        Assert.Equal(["person", "senior officer", "delegation", "lead representative", "statutory partner"], chain.Steps.Select(s => s.Role));
        Assert.Equal("nhs-lewisham-ccg", chain.AccountableAgencyId);
        Assert.Equal("ccg-accountable-officer", chain.AccountableLeadPostId);
        Assert.Contains("remains accountable", chain.Explanation);
    }

    [Fact]
    public void An_act_by_the_ICB_delegate_in_2024_is_the_ICB_Lead_Safeguarding_Partners()
    {
        var chain = Assert.Single(Accountability.ForPerson(Lewisham, "Ceri Jacob", D("2024-06-01")));
        Assert.Equal(["person", "Delegated Safeguarding Partner", "delegation", "Lead Safeguarding Partner", "statutory partner"], chain.Steps.Select(s => s.Role));
        Assert.Equal("nhs-sel-icb", chain.AccountableAgencyId);
    }

    [Fact]
    public void Someone_holding_no_post_that_day_has_no_chain()
    {
        Assert.Empty(Accountability.ForPerson(Lewisham, "Martin Wilkinson", D("2023-01-01")));
        Assert.Empty(Accountability.ForPerson(Lewisham, "Nobody", D("2024-06-01")));
    }

    [Fact]
    public void A_lead_acting_in_person_is_accountable_and_a_relevant_agency_is_not_a_partner()
    {
        var lead = Accountability.ForPost(Lewisham, "met-commissioner", D("2024-06-01"));
        Assert.Equal("met-police", lead.AccountableAgencyId);
        Assert.Contains("acted in person", lead.Explanation);

        var partnership = Partnership(d => d.Version()["posts"]!.AsArray().Add(JsonNode.Parse("""{ "id": "head", "agency": "school", "title": "Head teacher" }""")));
        var relevant = Accountability.ForPost(partnership, "head", D("2024-06-01"));
        Assert.Null(relevant.AccountableAgencyId);
        Assert.Contains("relevant agency", relevant.Explanation);
    }

    [Fact]
    public void The_2020_21_chair_is_the_CCG_officer()
    {
        var chair = Chairs.On(Lewisham, "executive", D("2020-06-01"));
        Assert.Equal("nhs-lewisham-ccg", chair.AgencyId);
        Assert.Equal("Martin Wilkinson", chair.Person);
        Assert.Equal((D("2020-04-01"), D("2021-03-31")), (chair.RotationYearStart!.Value, chair.RotationYearEnd!.Value));
    }

    [Fact]
    public void The_rotation_schedule_follows_each_years_arrangements()
    {
        var schedule = Chairs.RotationSchedule(Lewisham, "executive", 2019, 2026);
        Assert.Equal(
            ["2019 met-police", "2020 nhs-lewisham-ccg", "2021 lb-lewisham", "2022 met-police", "2023 nhs-sel-icb", "2024 lb-lewisham", "2025 met-police", "2026 nhs-sel-icb"],
            schedule.Select(c => $"{c.RotationYearStart!.Value.Year} {c.AgencyId}"));
    }

    [Fact]
    public void A_bi_monthly_body_expects_six_meetings_in_two_month_windows()
    {
        var body = Lewisham.ArrangementsOn(D("2024-04-01")).Body("executive");
        var expected = MeetingSchedule.ForYear(body, D("2024-04-01"), WorkingDayCalendar.EnglandAndWales);
        Assert.Equal(6, expected.Length);
        Assert.Equal((D("2024-04-01"), D("2024-05-31")), (expected[0].WindowStart, expected[0].WindowEnd));
        Assert.Equal((D("2025-02-01"), D("2025-03-31")), (expected[5].WindowStart, expected[5].WindowEnd));
        Assert.All(expected, e => Assert.True(WorkingDayCalendar.EnglandAndWales.IsWorkingDay(e.NominalDate)));
        Assert.Empty(MeetingSchedule.ForYear(Lewisham.ArrangementsOn(D("2024-04-01")).Body("support-team"), D("2024-04-01"), WorkingDayCalendar.EnglandAndWales));
    }

    [Fact]
    public void Quorum_says_exactly_what_was_missing()
    {
        var partnership = Partnership(d => d.Body(0)["quorum"] = JsonNode.Parse("""{ "requireAllStatutoryPartners": true, "minimumAgencies": 6, "minimumMembers": 4 }"""));
        var result = Quorum.Check(partnership.Versions[0], Executive("2024-05-14", attendance: [Present("council"), Present("icb"), Absent("police")]));
        Assert.Equal(QuorumOutcome.NotQuorate, result.Outcome);
        Assert.Equal(["no police representative (Testshire Police)", "2 of the 4 required members present", "2 of the 6 required member organisations present"], result.Missing.ToArray());
    }
}
