using System.Collections.Immutable;
using Lscp.Model;
using NodaTime;

namespace Lscp.Rules.Catalogue;

/// <summary>The standard definitions of every rule: ids, titles, citations, dates and parameters with their defaults.</summary>
public static class RuleCatalogue
{
    private static readonly LocalDate PartnersInForce = new(2018, 6, 29);
    private static readonly LocalDate Wt2023InForce = new(2023, 12, 15);

    private static readonly Citation ChildrenAct = new("Children Act 2004, s16E (inserted by the Children and Social Work Act 2017; in force 29 June 2018)", Confidence.Confirmed);
    private static readonly Citation Delegation = new("Working Together to Safeguard Children 2018, chapter 3, and 2023, chapter 2: leads may delegate functions but remain accountable", Confidence.Likely);
    private static readonly Citation Dsp = new("Working Together to Safeguard Children 2023, chapter 2: each Lead Safeguarding Partner should name a Delegated Safeguarding Partner in the published arrangements", Confidence.Likely);
    private static readonly Citation Arrangements = new("The partnership's published arrangements (quorum, chair, cadence, membership)", Confidence.LocalPractice);

    /// <summary>The governance rules.</summary>
    public static ImmutableArray<RuleDefinition> Governance { get; } =
    [
        new(RuleIds.LeadInPost, "Each statutory partner has an accountable lead in post on every day", RuleArea.Governance, ChildrenAct, new(PartnersInForce), []),
        new(RuleIds.DelegationValid, "Each delegation is to a post of the lead's own agency, starts while a lead is in post, and does not overlap another of the same partner", RuleArea.Governance, Delegation, new(PartnersInForce), []),
        new(RuleIds.DecisionUnderDelegation, "Each decision taken in a delegated post falls within a delegation in force that day", RuleArea.Governance, Delegation, new(PartnersInForce), []),
        new(RuleIds.DelegateNamed, "Each Lead Safeguarding Partner has a Delegated Safeguarding Partner named on every day", RuleArea.Governance, Dsp, new(Wt2023InForce), []),
        new(RuleIds.MeetingQuorate, "Each meeting is quorate under its body's quorum rule", RuleArea.Governance, Arrangements, new(PartnersInForce), []),
        new(RuleIds.ChairAsArranged, "Each meeting is chaired by the agency its chair arrangement names, or by a recorded deputy", RuleArea.Governance, Arrangements, new(PartnersInForce), []),
        new(RuleIds.ChairRotates, "No agency chairs a rotating body for two rotation years running", RuleArea.Governance, Arrangements, new(PartnersInForce), []),
        new(RuleIds.MeetsEachInterval, "Each body meets at least once in every interval of its cadence", RuleArea.Governance, Arrangements, new(PartnersInForce),
        [
            new(ParameterNames.YearStarts, "The month the cadence intervals are counted from: the financial year (April) or the calendar year (January).", ParameterKind.Choice, "april", ["april", "january"]),
        ]),
        new(RuleIds.NoLongGap, "No gap between a body's meetings is longer than its cadence interval plus a tolerance", RuleArea.Governance, Arrangements, new(PartnersInForce),
        [
            new(ParameterNames.ToleranceDays, "Days a gap may exceed the cadence interval before it is reported.", ParameterKind.Number, "14", minimum: 0, maximum: 366),
        ]),
        new(RuleIds.TaskAndFinishEnds, "A task-and-finish group does not meet after its end date", RuleArea.Governance, Arrangements, new(PartnersInForce), []),
        new(RuleIds.MemberAttendance, "Each core member attends at least a minimum share of its body's meetings", RuleArea.Governance, Arrangements, new(PartnersInForce),
        [
            new(ParameterNames.MinimumRate, "The least share of meetings (0 to 1) a core member attends, in person or by a deputy that counts.", ParameterKind.Number, "0.75", minimum: 0, maximum: 1),
        ]),
    ];

    private static readonly Citation SignOff = new("Working Together to Safeguard Children 2023, chapter 2: the published arrangements, the yearly report, the shared budget and the threshold document are signed off by the three Lead Safeguarding Partners", Confidence.Likely);
    private static readonly Citation Scrutiny = new("Working Together to Safeguard Children 2018, chapter 3, and 2023, chapter 2: the arrangements include independent scrutiny, giving support and challenge (local models vary)", Confidence.Likely);
    private static readonly Citation Update2023 = new("Working Together to Safeguard Children 2023, chapter 2: partnerships publish arrangements updated to the 2023 guidance by December 2024", Confidence.Likely);
    private static readonly LocalDate Wt2023Deadline = new(2024, 12, 31);
    private static readonly Citation Contents = new("Working Together to Safeguard Children 2023, chapter 2: published arrangements name the partners and area, how they work together, how local reviews are commissioned and published, the independent scrutiny, the relevant agencies and why, how education settings, youth custody and residential homes are included, how data is used, and multi-agency training", Confidence.Likely);
    private static readonly Citation ScrutinyReports = new("Working Together to Safeguard Children 2023, chapter 2: the scrutineer evaluates the arrangements and the yearly report; partnerships publish a scrutiny report each year (the number a local parameter)", Confidence.LocalPractice);
    private static readonly Citation RelevantAgencies = new("The Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (SI 2018/789), Schedule: relevant agencies are dated; agencies are created and abolished (the Community Rehabilitation Companies ended in June 2021)", Confidence.Confirmed);

    /// <summary>The duties beyond the clocks: key documents signed off, independent scrutiny, arrangements updated.</summary>
    public static ImmutableArray<RuleDefinition> Duties { get; } =
    [
        new(RuleIds.KeyDocumentSigned, "Each key document is signed off by all three statutory partners on or before its publication", RuleArea.Governance, SignOff, new(PartnersInForce),
        [
            new(ParameterNames.DelegateMaySign, "Whether a Delegated Safeguarding Partner's signature counts for its lead (the guidance is open; default no).", ParameterKind.Choice, "no", ["no", "yes"]),
        ]),
        new(RuleIds.KeyDocumentsInPlace, "The published arrangements and the threshold document are in place on every day, and each financial year has a published shared budget", RuleArea.Governance, SignOff, new(PartnersInForce), []),
        new(RuleIds.ArrangementsContents, "The published arrangements cover every item the guidance asks for", RuleArea.Governance, Contents, new(PartnersInForce), []),
        new(RuleIds.ScrutinyInPlace, "Independent scrutiny is in place on every day", RuleArea.Governance, Scrutiny, new(PartnersInForce), []),
        new(RuleIds.ScrutinyReported, "The independent scrutiny reports at least once in every financial year", RuleArea.Governance, ScrutinyReports, new(PartnersInForce),
        [
            new(ParameterNames.ReportsPerYear, "Scrutiny reports expected in each financial year (April to March).", ParameterKind.Number, "1", minimum: 1, maximum: 12),
        ]),
        new(RuleIds.YearlyReportRefersToScrutiny, "Each yearly report published refers to the independent scrutiny of its year", RuleArea.Governance, ScrutinyReports, new(PartnersInForce), []),
        new(RuleIds.ArrangementsUpdated, "The published arrangements follow Working Together 2023 from 31 December 2024", RuleArea.Governance, Update2023, new(Wt2023Deadline), []),
        new(RuleIds.NoCeasedAgency, "The arrangements name no relevant agency that has ceased to exist", RuleArea.Governance, RelevantAgencies, new(PartnersInForce), []),
    ];

    private static readonly Citation Notification = new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: the local authority notifies the Panel within 5 working days of becoming aware", Confidence.Confirmed);
    private static readonly Citation PartnersReport = new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: the incident is also reported to the safeguarding partners", Confidence.Likely);
    private static readonly Citation Rapid = new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: rapid review and decision sent to the Panel within 15 working days", Confidence.Likely);
    private static readonly Citation Publication = new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: LCSPR published within 6 months of the decision to initiate; delays recorded with reasons", Confidence.Likely);
    private static readonly Citation FinalReport = new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: final report to the Panel and the Secretary of State at least 7 working days before publication", Confidence.Likely);
    private static readonly Citation Yearly = new("Children Act 2004 s16G: the partners publish a report at least once in every 12 months (partnerships report on the financial year)", Confidence.Confirmed);
    private static readonly LocalDate CdrInPlace = new(2019, 9, 29);
    private static readonly Citation ChildDeathReview = new("Children Act 2004 s16Q (child death review partners: the local authority and the ICB); Child Death Review Statutory and Operational Guidance 2018: arrangements in place by 29 September 2019; notification within 48 hours is local practice", Confidence.LocalPractice);
    private static readonly Citation DeathReviewYearly = new("Child Death Review Statutory and Operational Guidance 2018: the child death overview panel reports yearly to the child death review partners", Confidence.Likely);
    private static readonly Citation YearlySent = new("Working Together to Safeguard Children 2018, chapter 3, and 2023, chapter 2: the yearly report is sent to the Panel and the What Works Centre (Foundations) within 7 days of publication", Confidence.Likely);

    private static RuleParameter WorkingDays(string defaultValue, string what) =>
        new(ParameterNames.WorkingDays, $"Working days allowed {what}.", ParameterKind.Number, defaultValue, minimum: 1, maximum: 260);

    /// <summary>The case review and yearly report timescale rules.</summary>
    public static ImmutableArray<RuleDefinition> Timescales { get; } =
    [
        new(RuleIds.PanelNotified, "The local authority notifies the Panel within 5 working days of becoming aware of a serious incident", RuleArea.Timescale, Notification, new(PartnersInForce),
            [WorkingDays("5", "after the local authority becomes aware")]),
        new(RuleIds.PartnersTold, "The serious incident is reported to the safeguarding partners within 5 working days of the local authority becoming aware", RuleArea.Timescale, PartnersReport, new(PartnersInForce),
            [WorkingDays("5", "after the local authority becomes aware")]),
        new(RuleIds.RapidReview, "The rapid review is completed and sent to the Panel, with its decision, within 15 working days", RuleArea.Timescale, Rapid, new(PartnersInForce),
        [
            WorkingDays("15", "for the rapid review"),
            new(ParameterNames.Anchor, "What the rapid review clock counts from: the notification to the Panel (most sources) or the local authority becoming aware.", ParameterKind.Choice, "notification", ["notification", "awareness"]),
        ]),
        new(RuleIds.LocalReviewPublished, "A local child safeguarding practice review is published within 6 months of the decision to initiate it, plus any recorded pauses", RuleArea.Timescale, Publication, new(PartnersInForce),
            [new(ParameterNames.Months, "Calendar months allowed from the decision to initiate to publication.", ParameterKind.Number, "6", minimum: 1, maximum: 36)]),
        new(RuleIds.FinalReportBeforePublication, "The final LCSPR report goes to the Panel and the Secretary of State at least 7 working days before publication", RuleArea.Timescale, FinalReport, new(PartnersInForce),
            [WorkingDays("7", "between sending the final report and publication")]),
        new(RuleIds.YearlyReportPublished, "The yearly report is published at least once in every 12 months", RuleArea.Timescale, Yearly, new(PartnersInForce),
            [new(ParameterNames.Months, "Calendar months allowed between one yearly report's publication and the next.", ParameterKind.Number, "12", minimum: 1, maximum: 24)]),
        new(RuleIds.YearlyReportSent, "The yearly report goes to the Panel and the What Works Centre within 7 days of publication", RuleArea.Timescale, YearlySent, new(PartnersInForce),
            [new(ParameterNames.Days, "Calendar days allowed after publication.", ParameterKind.Number, "7", minimum: 1, maximum: 90)]),
        new(RuleIds.ChildDeathNotified, "A child death is notified to the child death review process within 48 hours of being learned of", RuleArea.Timescale, ChildDeathReview, new(CdrInPlace),
            [new(ParameterNames.Days, "Calendar days allowed after the death is learned of (48 hours, counted in whole days).", ParameterKind.Number, "2", minimum: 1, maximum: 14)]),
        new(RuleIds.DeathReviewReported, "The child death overview panel publishes a yearly report within 12 months of the last", RuleArea.Timescale, DeathReviewYearly, new(CdrInPlace),
            [new(ParameterNames.Months, "Calendar months allowed between one panel report and the next.", ParameterKind.Number, "12", minimum: 1, maximum: 24)]),
    ];

    /// <summary>Every rule: governance, duties, then timescales.</summary>
    public static ImmutableArray<RuleDefinition> All { get; } = [.. Governance, .. Duties, .. Timescales];
}
