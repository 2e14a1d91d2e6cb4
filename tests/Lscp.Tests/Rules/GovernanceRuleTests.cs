using System.Text.Json.Nodes;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Tests.Model;
using static Lscp.Tests.Rules.Testshire;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Rules;

/// <summary>Every governance rule, compliant and in breach, on a partnership described only in JSON.</summary>
public sealed class GovernanceRuleTests
{
    private static readonly Partnership Compliant = Partnership();

    [Fact]
    public void A_compliant_year_has_no_findings()
    {
        var result = Evaluate(Compliant, Records(ExecutiveYear()));
        Assert.Empty(result.Findings);
        Assert.Equal(Rulebook.StandardVersion, result.RulebookVersion);
        Assert.Equal(D("2026-01-01"), result.EvaluatedOn);
    }

    [Fact]
    public void GOV_LEAD_01_a_partner_with_no_lead_in_post_is_a_breach_for_the_gap()
    {
        var partnership = Partnership(d => d.Version()["holdings"]!.AsArray().Single(h => (string?)h!["post"] == "police-cc")!["from"] = "2024-10-01");
        var finding = Assert.Single(Evaluate(partnership, Records(ExecutiveYear())).Of(RuleIds.LeadInPost));
        Assert.Equal(Severity.Breach, finding.Severity);
        Assert.Equal("agency:police", finding.Subject.ToString());
        Assert.Equal((D("2024-04-01"), D("2024-09-30")), (finding.From, finding.To));
        Assert.Contains("Chief Constable", finding.Message);
        Assert.Empty(Evaluate(Compliant, Records(ExecutiveYear())).Of(RuleIds.LeadInPost));
    }

    [Fact]
    public void GOV_DELEG_01_a_delegation_made_with_no_lead_in_post_is_a_warning()
    {
        var partnership = Partnership(d => d.Version()["delegations"]![1]!["from"] = "2024-03-01");
        var shifted = Partnership(d =>
        {
            d.Version()["holdings"]!.AsArray().Single(h => (string?)h!["post"] == "icb-ce")!["from"] = "2024-06-01";
            d.Version()["delegations"]![1]!["from"] = "2024-05-01";
        });
        Assert.DoesNotContain(Evaluate(partnership, Records(ExecutiveYear())).Of(RuleIds.DelegationValid), f => f.From > D("2024-03-31"));
        var finding = Assert.Single(Evaluate(shifted, Records(ExecutiveYear())).Of(RuleIds.DelegationValid));
        Assert.Equal("delegation:icb-dsp", finding.Subject.ToString());
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void GOV_DELEG_02_a_decision_after_the_delegation_ended_is_a_breach()
    {
        var partnership = Partnership(d => d.Version()["delegations"]![0]!["to"] = "2024-08-31");
        var within = new DelegationDecision("d1", D("2024-08-01"), "council-dcs", "Signed off the threshold document");
        var after = new DelegationDecision("d2", D("2024-09-02"), "council-dcs", "Agreed the budget");
        var findings = Evaluate(partnership, Records(ExecutiveYear(), within, after)).Of(RuleIds.DecisionUnderDelegation).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal("decision:d2", finding.Subject.ToString());
        Assert.Contains("ended on 2024-08-31", finding.Message);
    }

    [Fact]
    public void GOV_DELEG_03_a_partner_with_no_delegate_under_WT2023_is_a_warning_but_not_before_it()
    {
        var partnership = Partnership(d => d.Version()["delegations"]!.AsArray().RemoveAt(2));
        var finding = Assert.Single(Evaluate(partnership, Records(ExecutiveYear())).Of(RuleIds.DelegateNamed));
        Assert.Equal("agency:police", finding.Subject.ToString());
        Assert.Empty(Evaluate(Compliant, Records(ExecutiveYear())).Of(RuleIds.DelegateNamed));
    }

    [Fact]
    public void GOV_QUORUM_01_a_meeting_without_the_police_is_not_quorate()
    {
        var meetings = ExecutiveYear().Skip(1).Prepend(Executive("2024-05-14", attendance: [Present("council"), Present("icb"), Absent("police")]));
        var finding = Assert.Single(Evaluate(Compliant, Records(meetings)).Of(RuleIds.MeetingQuorate));
        Assert.Equal(Severity.Breach, finding.Severity);
        Assert.Equal("meeting:executive-2024-05-14", finding.Subject.ToString());
        Assert.Contains("no police representative (Testshire Police)", finding.Message);
    }

    [Fact]
    public void GOV_QUORUM_01_a_deputy_counts_only_as_the_seat_allows()
    {
        var withAgreement = Partnership(d => d.Body(0)["members"]![2]!["deputies"] = "withChairAgreement");
        Meeting WithDeputy(bool agreed) => Executive("2024-05-14", attendance: [Present("council"), Present("icb"), Deputy("police", agreed)]);

        Assert.Single(Evaluate(withAgreement, Records(ExecutiveYear().Skip(1).Prepend(WithDeputy(false)))).Of(RuleIds.MeetingQuorate));
        Assert.Empty(Evaluate(withAgreement, Records(ExecutiveYear().Skip(1).Prepend(WithDeputy(true)))).Of(RuleIds.MeetingQuorate));
        Assert.Empty(Evaluate(Compliant, Records(ExecutiveYear().Skip(1).Prepend(WithDeputy(false)))).Of(RuleIds.MeetingQuorate));
    }

    [Fact]
    public void GOV_CHAIR_01_the_wrong_chair_is_a_breach_a_deputy_chair_is_information_and_no_chair_a_warning()
    {
        Finding Only(Meeting first) => Assert.Single(Evaluate(Compliant, Records(ExecutiveYear().Skip(1).Prepend(first))).Of(RuleIds.ChairAsArranged));

        var wrong = Only(Executive("2024-05-14", chair: "police"));
        Assert.Equal(Severity.Breach, wrong.Severity);
        Assert.Contains("the arrangements name Testshire Council", wrong.Message);
        Assert.Equal(Severity.Information, Only(Executive("2024-05-14", chair: "police", deputyChair: true)).Severity);
        Assert.Equal(Severity.Warning, Only(Executive("2024-05-14", chair: null)).Severity);
        Assert.Empty(Evaluate(Compliant, Records(ExecutiveYear())).Of(RuleIds.ChairAsArranged));
    }

    [Fact]
    public void GOV_CHAIR_02_the_same_agency_chairing_two_rotation_years_is_a_breach()
    {
        // 2024-25 is the council's year; 2025-26 should be the ICB's.
        Meeting Next(string date, string chair) => Executive(date, chair: chair);
        var again = ExecutiveYear().Append(Next("2025-05-13", "council")).Append(Next("2025-07-08", "council"));
        var finding = Assert.Single(Evaluate(Compliant, Records(again), from: "2025-04-01", to: "2026-03-31", today: "2025-08-01").Of(RuleIds.ChairRotates));
        Assert.Equal("body:executive", finding.Subject.ToString());
        Assert.Equal((D("2025-04-01"), D("2026-03-31")), (finding.From, finding.To));
        Assert.Contains("Testshire Council chaired", finding.Message);

        var rotated = ExecutiveYear().Append(Next("2025-05-13", "icb")).Append(Next("2025-07-08", "icb"));
        Assert.Empty(Evaluate(Compliant, Records(rotated), from: "2025-04-01", to: "2026-03-31", today: "2025-08-01").Of(RuleIds.ChairRotates));
    }

    [Fact]
    public void GOV_CADENCE_01_a_missed_interval_is_a_breach_naming_the_window()
    {
        var meetings = ExecutiveYear().Where(m => m.Date != D("2024-07-09"));
        var finding = Assert.Single(Evaluate(Compliant, Records(meetings)).Of(RuleIds.MeetsEachInterval));
        Assert.Equal((D("2024-06-01"), D("2024-07-31")), (finding.From, finding.To));
        Assert.Contains("bi-monthly", finding.Message);
    }

    [Fact]
    public void GOV_CADENCE_01_intervals_not_yet_over_are_not_assessed()
    {
        var result = Evaluate(Compliant, Records(ExecutiveYear().Take(2)), today: "2024-08-15");
        Assert.Empty(result.Of(RuleIds.MeetsEachInterval));
        Assert.Equal(D("2024-08-15"), result.AssessedUntil);
        Assert.Contains(result.Notes, n => n.Contains("not assessed"));
    }

    [Fact]
    public void GOV_CADENCE_02_a_long_gap_is_a_warning_and_the_tolerance_is_a_parameter()
    {
        var meetings = new[] { "2024-04-02", "2024-06-20", "2024-08-01", "2024-10-01", "2024-12-02", "2025-02-03", "2025-03-28" }.Select(d => Executive(d));
        var finding = Assert.Single(Evaluate(Compliant, Records(meetings)).Of(RuleIds.NoLongGap));
        Assert.Equal((D("2024-04-02"), D("2024-06-20")), (finding.From, finding.To));
        Assert.Contains("79 days", finding.Message);

        var relaxed = Rulebook.Standard.WithSetting(new ParameterSetting(RuleIds.NoLongGap, "toleranceDays", "30", new(D("2024-01-01")), "Local agreement"));
        Assert.Empty(Evaluate(Compliant, Records(meetings), relaxed).Of(RuleIds.NoLongGap));
        Assert.NotEqual(Rulebook.StandardVersion, relaxed.Version);
    }

    [Fact]
    public void GOV_TF_01_a_task_and_finish_group_meeting_after_its_end_is_a_warning()
    {
        Meeting Review(string date) => new($"review-{date}", "audit-review", D(date), "school", [Present("school")]);
        var result = Evaluate(Compliant, Records(ExecutiveYear().Append(Review("2024-06-01")).Append(Review("2024-11-20"))));
        var finding = Assert.Single(result.Of(RuleIds.TaskAndFinishEnds));
        Assert.Equal("meeting:review-2024-11-20", finding.Subject.ToString());
    }

    [Fact]
    public void GOV_ATTEND_01_a_member_below_the_partnerships_own_minimum_share_is_a_warning()
    {
        var meetings = ExecutiveYear().Select((m, i) => i < 4 ? Executive(m.Date.ToString("uuuu-MM-dd", null), attendance: [Present("council"), Absent("icb"), Present("police")]) : m).ToList();
        var rulebook = Rulebook.Standard.WithSetting(new ParameterSetting(RuleIds.MemberAttendance, "minimumRate", "0.75", new(D("2018-06-29")), "Our terms of reference ask for three meetings in four"));
        var attendance = Evaluate(Compliant, Records(meetings), rulebook).Of(RuleIds.MemberAttendance).ToList();
        var finding = Assert.Single(attendance);
        Assert.Equal("agency:icb", finding.Subject.ToString());
        Assert.Contains("attended 2 of 6", finding.Message);
    }

    [Fact]
    public void GOV_ATTEND_01_is_off_until_the_partnership_sets_a_threshold_as_no_public_text_sets_one()
    {
        var meetings = ExecutiveYear().Select((m, i) => i < 4 ? Executive(m.Date.ToString("uuuu-MM-dd", null), attendance: [Present("council"), Absent("icb"), Present("police")]) : m);
        Assert.Empty(Evaluate(Compliant, Records(meetings)).Of(RuleIds.MemberAttendance));
        var definition = RuleCatalogue.All.Single(d => d.Id == RuleIds.MemberAttendance);
        Assert.Null(definition.Parameter("minimumRate").DefaultValue);
        Assert.Equal(Confidence.LocalPractice, definition.Citation.Confidence);
    }

    [Fact]
    public void A_suspended_rule_reports_information_naming_the_suspension()
    {
        var meetings = ExecutiveYear().Skip(1).Prepend(Executive("2024-05-14", attendance: [Present("council"), Present("icb"), Absent("police")]));
        var rulebook = Rulebook.Standard.WithSuspension(new RuleSuspension(RuleIds.MeetingQuorate, new(D("2024-05-01"), D("2024-05-31")), "Local emergency"));
        var finding = Assert.Single(Evaluate(Compliant, Records(meetings), rulebook).Of(RuleIds.MeetingQuorate));
        Assert.Equal(Severity.Information, finding.Severity);
        Assert.StartsWith("Suspended (Local emergency", finding.Message);
    }

    [Fact]
    public void Records_that_do_not_fit_the_arrangements_are_refused_with_every_path()
    {
        var records = Records(
        [
            new Meeting("m1", "board", D("2024-05-01"), null, []),
            new Meeting("m2", "executive", D("2024-05-02"), "school", [Present("school")]),
        ]);
        var error = Assert.Throws<InvalidRecordsException>(() => Evaluate(Compliant, records));
        Assert.Equal(["$.meetings[0].body", "$.meetings[1].attendance[0].agency", "$.meetings[1].chair"], error.Errors.Select(e => e.Path).Order().ToArray());
    }

    [Fact]
    public void An_attendance_record_for_an_agency_with_several_seats_must_say_which()
    {
        var twoSeats = Partnership(d => d.Body(0)["members"]!.AsArray().Add(JsonNode.Parse("""{ "agency": "police", "representative": "Inspector", "kind": "advisory" }""")));
        var records = Records([Executive("2024-05-14", attendance: [Present("council"), Present("icb"), Present("police")])]);
        var error = Assert.Single(Assert.Throws<InvalidRecordsException>(() => Evaluate(twoSeats, records)).Errors);
        Assert.Equal("$.meetings[0].attendance[2].representative", error.Path);
        Assert.Contains("say which", error.Message);
    }
}
