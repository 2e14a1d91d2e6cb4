using Lscp.Model.Records;
using Lscp.Rules.Compliance;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Timescales;
using NodaTime;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Rules;

/// <summary>The statutory clocks: across bank holidays, Easter, Christmas and month ends, with pauses, parameters and suspensions.</summary>
public sealed class DeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static Deadline Clock(SeriousIncident incident, string ruleId, string asOf = "2026-01-01", Rulebook? rulebook = null) =>
        DeadlineCalculator.ForIncident(incident, D(asOf), rulebook ?? Rulebook.Standard, Calendar).Single(d => d.RuleId == ruleId);

    [Fact]
    public void Notification_across_Christmas_skips_the_bank_holidays()
    {
        var clock = Clock(new SeriousIncident("C-1", D("2024-12-20"), D("2024-12-31")), RuleIds.PanelNotified);
        Assert.Equal(D("2024-12-31"), clock.DueOn);
        Assert.Equal(DeadlineStatus.Met, clock.Status);
        Assert.Equal(5, clock.TakenWorkingDays);
        Assert.Contains("day 0", clock.Counting);
    }

    [Fact]
    public void Notification_across_Easter_skips_Good_Friday_and_Easter_Monday() =>
        Assert.Equal(D("2024-04-04"), Clock(new SeriousIncident("C-1", D("2024-03-26")), RuleIds.PanelNotified).DueOn);

    [Fact]
    public void A_rapid_review_made_late_by_Christmas_is_met_late_by_working_days()
    {
        var incident = new SeriousIncident("C-2", D("2024-12-16"), D("2024-12-19"), rapidReviewSentOn: D("2025-01-17"));
        var clock = Clock(incident, RuleIds.RapidReview);
        Assert.Equal(D("2025-01-14"), clock.DueOn);
        Assert.Equal(DeadlineStatus.MetLate, clock.Status);
        Assert.Equal(3, clock.WorkingDays);
    }

    [Fact]
    public void The_rapid_review_anchor_is_a_dated_parameter()
    {
        var incident = new SeriousIncident("C-3", D("2024-06-03"), D("2024-06-07"));
        var fromAwareness = Rulebook.Standard.WithSetting(new ParameterSetting(RuleIds.RapidReview, "anchor", "awareness", new(D("2024-01-01")), "Local practice"));
        Assert.Equal(Calendar.AddWorkingDays(D("2024-06-07"), 15), Clock(incident, RuleIds.RapidReview).DueOn);
        Assert.Equal(Calendar.AddWorkingDays(D("2024-06-03"), 15), Clock(incident, RuleIds.RapidReview, rulebook: fromAwareness).DueOn);
        var before = new SeriousIncident("C-4", D("2023-06-05"), D("2023-06-07"));
        Assert.Equal(Calendar.AddWorkingDays(D("2023-06-07"), 15), Clock(before, RuleIds.RapidReview, rulebook: fromAwareness).DueOn);
    }

    [Fact]
    public void Without_a_notification_the_rapid_review_clock_awaits_its_anchor()
    {
        var clock = Clock(new SeriousIncident("C-5", D("2024-06-03")), RuleIds.RapidReview);
        Assert.Equal(DeadlineStatus.AwaitingAnchor, clock.Status);
        Assert.Null(clock.DueOn);
        Assert.Throws<ArgumentException>(() => new SeriousIncident("C-6", D("2024-06-03"), rapidReviewSentOn: D("2024-06-20")));
    }

    [Theory]
    [InlineData("2024-08-31", "2025-02-28")]
    [InlineData("2023-08-31", "2024-02-29")]
    [InlineData("2024-01-15", "2024-07-15")]
    public void Six_months_takes_the_last_day_when_the_day_does_not_exist(string initiated, string due)
    {
        var incident = new SeriousIncident("C-7", D(initiated).PlusDays(-30), D(initiated).PlusDays(-28), rapidReviewSentOn: D(initiated).PlusDays(-1),
            decision: ReviewDecision.LocalReview, localReview: new LocalReview(D(initiated), null, null));
        Assert.Equal(D(due), Clock(incident, RuleIds.LocalReviewPublished).DueOn);
    }

    [Fact]
    public void A_recorded_delay_does_not_move_the_publication_date()
    {
        // Issue 25's example: initiated 2025-01-15, delayed for a criminal trial, published 2025-10-01: due 2025-07-15, late.
        var review = new LocalReview(D("2025-01-15"), D("2025-09-19"), D("2025-10-01"), [new ReviewDelay("Criminal trial", D("2025-03-03"), D("2025-03-03"))]);
        var incident = new SeriousIncident("C-8", D("2024-12-02"), D("2024-12-04"), rapidReviewSentOn: D("2024-12-20"), decision: ReviewDecision.LocalReview, localReview: review);
        var clock = Clock(incident, RuleIds.LocalReviewPublished, asOf: "2025-11-01");
        Assert.Equal(D("2025-07-15"), clock.DueOn);
        Assert.Equal(DeadlineStatus.MetLate, clock.Status);
        Assert.Equal("Criminal trial", clock.ExplainedDelay?.Reason);
        Assert.Contains("the date stands", clock.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delay_not_told_to_both_the_Panel_and_the_Secretary_of_State_is_not_explained()
    {
        var review = new LocalReview(D("2025-01-15"), null, null, [new ReviewDelay("Inquest", D("2025-03-03"), null)]);
        var incident = new SeriousIncident("C-9", D("2024-12-02"), D("2024-12-04"), rapidReviewSentOn: D("2024-12-20"), decision: ReviewDecision.LocalReview, localReview: review);
        var clock = Clock(incident, RuleIds.LocalReviewPublished, asOf: "2025-09-30");
        Assert.Equal(DeadlineStatus.Overdue, clock.Status);
        Assert.Null(clock.ExplainedDelay);
        Assert.Equal(D("2025-07-15"), clock.DueOn);
    }

    [Fact]
    public void The_final_report_is_due_seven_working_days_before_publication()
    {
        var review = new LocalReview(D("2024-02-01"), D("2024-08-01"), D("2024-08-09"));
        var incident = new SeriousIncident("C-10", D("2024-01-02"), D("2024-01-04"), rapidReviewSentOn: D("2024-01-25"), decision: ReviewDecision.LocalReview, localReview: review);
        var clock = Clock(incident, RuleIds.FinalReportBeforePublication);
        Assert.Equal(D("2024-07-31"), clock.DueOn);
        Assert.Equal(DeadlineStatus.MetLate, clock.Status);
        Assert.Equal(1, clock.WorkingDays);
        Assert.Contains("counted back", clock.Counting);
    }

    [Fact]
    public void Open_clocks_are_due_in_or_overdue_by_working_days()
    {
        var incident = new SeriousIncident("C-11", D("2024-06-03"));
        Assert.Equal((DeadlineStatus.Due, 1), Status(Clock(incident, RuleIds.PanelNotified, asOf: "2024-06-07"))); // Friday; due Monday 10 June
        Assert.Equal((DeadlineStatus.Due, 0), Status(Clock(incident, RuleIds.PanelNotified, asOf: "2024-06-10")));
        Assert.Equal((DeadlineStatus.Overdue, 2), Status(Clock(incident, RuleIds.PanelNotified, asOf: "2024-06-12")));
    }

    [Fact]
    public void A_suspension_covering_the_due_date_is_shown_on_the_clock()
    {
        var rulebook = Rulebook.Standard.WithSuspension(new RuleSuspension(RuleIds.RapidReview, new(D("2020-03-23"), D("2020-07-31")), "COVID-19 relaxation of national timescales"));
        var clock = Clock(new SeriousIncident("C-12", D("2020-04-01"), D("2020-04-03")), RuleIds.RapidReview, rulebook: rulebook);
        Assert.NotNull(clock.Suspension);
        Assert.Null(Clock(new SeriousIncident("C-13", D("2020-09-01"), D("2020-09-03")), RuleIds.RapidReview, rulebook: rulebook).Suspension);
    }

    [Fact]
    public void A_late_yearly_report_and_a_late_sending_are_both_clocked()
    {
        YearlyReport[] reports =
        [
            new(D("2023-04-01"), D("2024-03-31"), D("2024-09-30"), D("2024-10-03"), D("2024-10-04")),
            new(D("2024-04-01"), D("2025-03-31"), D("2025-10-15"), D("2025-10-20"), D("2025-10-25")),
        ];
        var clocks = DeadlineCalculator.ForYearlyReports(reports, D("2026-01-01"), Rulebook.Standard, Calendar);
        var published = clocks.Single(d => d.RuleId == RuleIds.YearlyReportPublished && d.Subject == Subject.YearlyReport("2024-25"));
        Assert.Equal((D("2025-09-30"), DeadlineStatus.MetLate), (published.DueOn!.Value, published.Status));
        var next = clocks.Single(d => d.Subject == Subject.YearlyReport(null));
        Assert.Equal((D("2026-10-15"), DeadlineStatus.Due), (next.DueOn!.Value, next.Status));
        var sent = clocks.Where(d => d.RuleId == RuleIds.YearlyReportSent).ToDictionary(d => d.Subject.ToString());
        Assert.Equal(DeadlineStatus.Met, sent["yearly-report:2023-24"].Status);
        Assert.Equal((D("2025-10-22"), DeadlineStatus.MetLate), (sent["yearly-report:2024-25"].DueOn!.Value, sent["yearly-report:2024-25"].Status));
    }

    [Theory]
    [InlineData("Jane Smith")]
    [InlineData("")]
    [InlineData("ref with spaces")]
    public void A_case_reference_must_be_opaque(string reference) =>
        Assert.Throws<ArgumentException>(() => new SeriousIncident(reference, D("2024-06-03")));

    private static (DeadlineStatus, int?) Status(Deadline d) => (d.Status, d.WorkingDays);
}
