using System.Collections.Immutable;
using System.Reflection;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Adapters;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Governance;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using Lscp.Tests.Rules;
using Lscp.Tests.Support;
using NodaTime;

namespace Lscp.Tests.Model;

/// <summary>
/// Every public value type of the model and the rules compares by value, lists included: the same inputs read twice give
/// equal (and equally hashed) objects, and a change to any list makes them differ. A new public type without a case here
/// fails <see cref="EveryPublicValueTypeHasACase"/>.
/// </summary>
public sealed class ValueEqualityTests
{
    private static readonly LocalDate YearStart = new(2024, 4, 1);

    private static readonly Lazy<IReadOnlyDictionary<Type, IEqualityCase>> Cases = new(BuildCases);

    public static TheoryData<string> TypeNames => [.. Cases.Value.Keys.Select(t => t.FullName!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void ComparesByValue(string typeName) => Cases.Value.Single(c => c.Key.FullName == typeName).Value.Verify();

    [Fact]
    public void EveryPublicValueTypeHasACase()
    {
        var valueTypes = new[] { typeof(Partnership).Assembly, typeof(Rulebook).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsAbstract && !t.IsEnum && !t.IsInterface && typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(valueTypes, Cases.Value.Keys.Select(t => t.FullName!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ARecordHoldingAListComparesTheItemsNotTheArray()
    {
        // The defect this file exists for: two bodies from identical inputs were unequal because ImmutableArray compares references.
        var first = new Body("executive", "Executive", BodyKind.ExecutivePartnership, new EffectivePeriod(YearStart), [new Membership("council", "Director")]);
        var second = new Body("executive", "Executive", BodyKind.ExecutivePartnership, new EffectivePeriod(YearStart), [new Membership("council", "Director")]);
        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Single(new HashSet<Body> { first, second });
    }

    private static IReadOnlyDictionary<Type, IEqualityCase> BuildCases()
    {
        var a = new World();
        var b = new World();
        var arrangements = a.Arrangements;
        var body = arrangements.Body("executive");
        var otherBody = arrangements.Body("partnership-group");
        var delegation = arrangements.Delegations[0];
        var meeting = a.Records.Meetings[0];
        var incident = a.Records.Incidents.First(i => i.LocalReview is { Delays.IsEmpty: false });
        var review = incident.LocalReview!;
        var missingQuorum = a.Quorum.First(q => !q.Missing.IsEmpty);
        var missingQuorumB = b.Quorum.First(q => q.MeetingId == missingQuorum.MeetingId);
        var finding = a.Report.Result.Findings.First(f => !f.Facts.IsEmpty);
        var findingB = b.Report.Result.Findings[a.Report.Result.Findings.IndexOf(finding)];
        var pausedDeadline = a.Report.Deadlines.FirstOrDefault(d => !d.Delays.IsEmpty) ?? a.Report.Deadlines[0];
        var pausedDeadlineB = b.Report.Deadlines[a.Report.Deadlines.IndexOf(pausedDeadline)];
        var definition = RuleCatalogue.All.First(d => !d.Parameters.IsEmpty);
        var parameter = RuleCatalogue.All.SelectMany(d => d.Parameters).First(p => !p.Choices.IsEmpty);
        var citation = RuleCatalogue.All.First(d => !d.Citation.Quotes.IsEmpty).Citation;
        var proclamation = RoyalProclamations.All[0];
        var terminology = Terminology.On(YearStart);
        var suspension = a.Rulebook.Suspensions[0];
        var setting = new ParameterSetting("GOV-CADENCE-01", "yearStarts", "january", new EffectivePeriod(YearStart), "Calendar year");
        var amendment = a.Calendar.Amendments[0];
        var holidays = EnglandAndWalesBankHolidays.ForYear(2024);
        var chain = a.Chain;
        var rotating = new RotatingChair(["council", "police", "health"], new AnnualDate(4, 1), 2024);

        IEqualityCase[] cases =
        [
            // Lscp.Model
            new EqualityCase<Partnership>(a.Partnership, b.Partnership, new Partnership(a.Partnership.Id, a.Partnership.Name, a.Partnership.Areas, a.Partnership.Versions.Skip(1))),
            new EqualityCase<Arrangements>(
                arrangements,
                b.Arrangements,
                a.Partnership.Versions[0],
                new Arrangements(arrangements.EffectiveFrom, arrangements.Title, arrangements.Source, arrangements.Agencies, arrangements.Posts, arrangements.Holdings, arrangements.Leads, arrangements.Delegations, arrangements.Bodies, arrangements.Neighbours.Skip(1))),
            new EqualityCase<Agency>(arrangements.Agencies[0], b.Arrangements.Agencies[0], arrangements.Agencies[1]),
            new EqualityCase<AgencyCeased>(new AgencyCeased(new LocalDate(2021, 6, 26), "Source"), new AgencyCeased(new LocalDate(2021, 6, 26), "Source"), new AgencyCeased(new LocalDate(2021, 6, 27), "Source")),
            new EqualityCase<Post>(arrangements.Posts[0], b.Arrangements.Posts[0], arrangements.Posts[1]),
            new EqualityCase<PostHolding>(arrangements.Holdings[0], b.Arrangements.Holdings[0], arrangements.Holdings[1]),
            new EqualityCase<AccountableLead>(arrangements.Leads[0], b.Arrangements.Leads[0], arrangements.Leads[1]),
            new EqualityCase<Delegation>(
                delegation,
                b.Arrangements.Delegations[0],
                new Delegation(delegation.Id, delegation.PartnerAgencyId, delegation.DelegatePostId, delegation.Period, [.. delegation.Functions, "something else"])),
            new EqualityCase<Body>(
                body,
                b.Arrangements.Body("executive"),
                otherBody,
                new Body(body.Id, body.Name, body.Kind, body.Period, body.Members.Skip(1), body.Chair, body.Cadence, body.Quorum, body.ReportsTo, body.Notes, body.Basis),
                new Body(body.Id, body.Name, body.Kind, body.Period, body.Members, body.Chair, body.Cadence, body.Quorum, [.. body.ReportsTo, "elsewhere"], body.Notes, body.Basis),
                new Body(body.Id, body.Name, body.Kind, body.Period, body.Members, body.Chair, body.Cadence, body.Quorum, body.ReportsTo, body.Notes, body.Basis.Skip(1))),
            new EqualityCase<FactBasis>(body.Basis[0], b.Arrangements.Body("executive").Basis[0], body.Basis[0] with { Provenance = Provenance.Default }, body.Basis[1]),
            new EqualityCase<Membership>(body.Members[0], b.Arrangements.Body("executive").Members[0], body.Members[1]),
            new EqualityCase<MeetingCadence>(new MeetingCadence(6), new MeetingCadence(6), new MeetingCadence(4)),
            new EqualityCase<QuorumRule>(new QuorumRule(minimumMembers: 3), new QuorumRule(minimumMembers: 3), new QuorumRule(minimumMembers: 4), new QuorumRule(chairMustBePresent: true, minimumMembers: 3)),
            new EqualityCase<FixedChair>(new FixedChair("council", "director"), new FixedChair("council", "director"), new FixedChair("council"), new FixedChair("police", "director")),
            new EqualityCase<RotatingChair>(
                rotating,
                new RotatingChair(["council", "police", "health"], new AnnualDate(4, 1), 2024),
                new RotatingChair(["police", "council", "health"], new AnnualDate(4, 1), 2024),
                new RotatingChair(["council", "police", "health"], new AnnualDate(9, 1), 2024)),
            new EqualityCase<IndependentChair>(new IndependentChair("A Chair"), new IndependentChair("A Chair"), new IndependentChair(), new IndependentChair("Another Chair")),
            new EqualityCase<EffectivePeriod>(new EffectivePeriod(YearStart, YearStart.PlusDays(30)), new EffectivePeriod(YearStart, YearStart.PlusDays(30)), new EffectivePeriod(YearStart), new EffectivePeriod(YearStart, YearStart.PlusDays(31))),
            new EqualityCase<PartnershipLink>(arrangements.Neighbours[0], b.Arrangements.Neighbours[0], arrangements.Neighbours[1]),
            new EqualityCase<Terminology>(terminology, terminology with { }, Terminology.On(new LocalDate(2019, 7, 1))),
            new EqualityCase<ValidationError>(new ValidationError("$.date", "is not a date"), new ValidationError("$.date", "is not a date"), new ValidationError("$.date", "is missing"), new ValidationError("$.from", "is not a date")),

            // Lscp.Model.Records
            new EqualityCase<PartnershipRecords>(
                a.Records,
                b.Records,
                new PartnershipRecords(a.Records.Meetings.Skip(1), a.Records.Decisions, a.Records.Incidents, a.Records.YearlyReports),
                new PartnershipRecords(a.Records.Meetings, a.Records.Decisions, a.Records.Incidents, a.Records.YearlyReports.Skip(1))),
            new EqualityCase<Meeting>(
                meeting,
                b.Records.Meetings[0],
                a.Records.Meetings[1],
                new Meeting(meeting.Id, meeting.BodyId, meeting.Date, meeting.ChairAgencyId, meeting.Attendance.Skip(1), meeting.ChairWasDeputy)),
            new EqualityCase<Attendance>(meeting.Attendance[0], b.Records.Meetings[0].Attendance[0], meeting.Attendance[1]),
            new EqualityCase<DelegationDecision>(new DelegationDecision("d-1", YearStart, "post", "Agreed"), new DelegationDecision("d-1", YearStart, "post", "Agreed"), new DelegationDecision("d-2", YearStart, "post", "Agreed")),
            new EqualityCase<SeriousIncident>(incident, b.Records.Incidents.Single(i => i.CaseReference == incident.CaseReference), a.Records.Incidents.First(i => i != incident)),
            new EqualityCase<LocalReview>(
                review,
                b.Records.Incidents.Single(i => i.CaseReference == incident.CaseReference).LocalReview!,
                new LocalReview(review.InitiatedOn, review.FinalReportSentOn, review.PublishedOn)),
            new EqualityCase<ReviewDelay>(review.Delays[0], new ReviewDelay(review.Delays[0].Reason, review.Delays[0].PanelToldOn, review.Delays[0].SecretaryOfStateToldOn), new ReviewDelay(review.Delays[0].Reason, review.Delays[0].PanelToldOn, null)),
            new EqualityCase<KeyDocument>(
                a.Document,
                b.Document,
                new KeyDocument(a.Document.Kind, a.Document.Title, a.Document.PublishedOn, a.Document.SignOffs.Skip(1), a.Document.Edition),
                new KeyDocument(a.Document.Kind, "Another title", a.Document.PublishedOn, a.Document.SignOffs, a.Document.Edition)),
            new EqualityCase<SignOff>(a.Document.SignOffs[0], b.Document.SignOffs[0], a.Document.SignOffs[1], a.Document.SignOffs[0] with { ByDelegate = true }),
            new EqualityCase<DeathReview>(new DeathReview("CD-1", YearStart, YearStart.PlusDays(1)), new DeathReview("CD-1", YearStart, YearStart.PlusDays(1)), new DeathReview("CD-1", YearStart), new DeathReview("CD-2", YearStart, YearStart.PlusDays(1))),
            new EqualityCase<ScrutinyReport>(new ScrutinyReport("Scrutiny 2024-25", YearStart), new ScrutinyReport("Scrutiny 2024-25", YearStart), new ScrutinyReport("Scrutiny 2024-25", YearStart.PlusDays(1))),
            new EqualityCase<ScrutinyArrangement>(a.Scrutiny, b.Scrutiny, a.Scrutiny with { Holder = "Another" }, a.Scrutiny with { Model = ScrutinyModel.Commissioner }),
            new EqualityCase<YearlyReport>(
                a.Records.YearlyReports[0],
                b.Records.YearlyReports[0],
                a.Records.YearlyReports[1],
                new YearlyReport(a.Records.YearlyReports[0].CoversFrom, a.Records.YearlyReports[0].CoversTo, a.Records.YearlyReports[0].PublishedOn, contents: ["activity"])),
            new EqualityCase<ImpactEvidence>(new ImpactEvidence("re-audit", YearStart, "ma-1"), new ImpactEvidence("re-audit", YearStart, "ma-1"), new ImpactEvidence("re-audit", YearStart)),
            new EqualityCase<LearningAction>(
                new LearningAction("a-1", "lbl", YearStart, ActionStatus.Done, YearStart, new ImpactEvidence("re-audit", YearStart)),
                new LearningAction("a-1", "lbl", YearStart, ActionStatus.Done, YearStart, new ImpactEvidence("re-audit", YearStart)),
                new LearningAction("a-1", "lbl", YearStart, ActionStatus.Done, YearStart),
                new LearningAction("a-1", "lbl", YearStart, ActionStatus.Open)),
            new EqualityCase<Recommendation>(
                new Recommendation("r-1", RecommendationSource.LocalReview, "LSCP-1", YearStart, "neglect", [new LearningAction("a-1", "lbl", YearStart, ActionStatus.Open)]),
                new Recommendation("r-1", RecommendationSource.LocalReview, "LSCP-1", YearStart, "neglect", [new LearningAction("a-1", "lbl", YearStart, ActionStatus.Open)]),
                new Recommendation("r-1", RecommendationSource.LocalReview, "LSCP-1", YearStart, "neglect", []),
                new Recommendation("r-1", RecommendationSource.LocalReview, "LSCP-1", YearStart, "Neglect", [new LearningAction("a-1", "lbl", YearStart, ActionStatus.Open)])),
            new EqualityCase<MultiAgencyAudit>(
                new MultiAgencyAudit("ma-1", "neglect", "mesi", YearStart, null, [AuditMethod.CaseAudit], ["a finding"]),
                new MultiAgencyAudit("ma-1", "neglect", "mesi", YearStart, null, [AuditMethod.CaseAudit], ["a finding"]),
                new MultiAgencyAudit("ma-1", "neglect", "mesi", YearStart, null, [AuditMethod.CaseAudit, AuditMethod.Survey], ["a finding"]),
                new MultiAgencyAudit("ma-1", "neglect", "mesi", YearStart, null, [AuditMethod.CaseAudit], ["another finding"])),

            // Lscp.Rules.Calendar
            new EqualityCase<WorkingDayCalendar>(a.Calendar, b.Calendar, WorkingDayCalendar.EnglandAndWales),
            new EqualityCase<CalendarAmendment>(amendment, b.Calendar.Amendments[0], CalendarAmendment.WorkingDay(amendment.Date, "Open after all")),
            new EqualityCase<BankHoliday>(holidays[0], EnglandAndWalesBankHolidays.ForYear(2024)[0] with { }, holidays[1]),
            new EqualityCase<RoyalProclamation>(proclamation, proclamation with { }, RoyalProclamations.All[1]),

            // Lscp.Rules.Catalogue
            new EqualityCase<Rulebook>(a.Rulebook, b.Rulebook, Rulebook.Standard, Rulebook.Standard.WithSetting(setting)),
            new EqualityCase<RuleDefinition>(
                definition,
                new RuleDefinition(definition.Id, definition.TitleTemplate, definition.Area, definition.Citation with { Quotes = [.. definition.Citation.Quotes] }, definition.AppliesDuring, [.. definition.Parameters]) { Edition = definition.Edition },
                definition with { Parameters = [.. definition.Parameters.Skip(1)] }),
            new EqualityCase<RuleParameter>(
                parameter,
                new RuleParameter(parameter.Name, parameter.Description, parameter.Kind, parameter.DefaultValue, [.. parameter.Choices], parameter.Minimum, parameter.Maximum, parameter.DefaultBasis),
                new RuleParameter(parameter.Name, parameter.Description, parameter.Kind, parameter.DefaultValue, [.. parameter.Choices.Reverse()], parameter.Minimum, parameter.Maximum, parameter.DefaultBasis)),
            new EqualityCase<Quote>(
                RuleCatalogue.All.First(d => !d.Citation.Quotes.IsEmpty).Citation.Quotes[0],
                RuleCatalogue.All.First(d => !d.Citation.Quotes.IsEmpty).Citation.Quotes[0] with { },
                RuleCatalogue.All.First(d => !d.Citation.Quotes.IsEmpty).Citation.Quotes[0] with { Words = "other words" }),
            new EqualityCase<Lscp.Rules.Catalogue.Subject>(Lscp.Rules.Catalogue.Subject.Meeting("m1"), Lscp.Rules.Catalogue.Subject.Meeting("m1"), Lscp.Rules.Catalogue.Subject.Body("m1")),
            new EqualityCase<Citation>(citation, citation with { }, citation with { Confidence = citation.Confidence == Confidence.Confirmed ? Confidence.Likely : Confidence.Confirmed }, citation with { Quotes = [] }),
            new EqualityCase<ParameterSetting>(setting, setting with { }, setting with { Value = "april" }),
            new EqualityCase<RuleSuspension>(suspension, b.Rulebook.Suspensions[0], suspension with { Reason = "Another reason" }),

            // Lscp.Rules.Compliance, Timescales, Governance, Reporting
            new EqualityCase<ComplianceResult>(a.Report.Result, b.Report.Result, a.Report.Result with { Findings = [.. a.Report.Result.Findings.Skip(1)] }, a.Report.Result with { Notes = ["A note"] }),
            new EqualityCase<Finding>(finding, findingB, finding with { Facts = [.. finding.Facts.Skip(1)] }),
            new EqualityCase<Fact>(finding.Facts[0], findingB.Facts[0], finding.Facts[0] with { Value = "something else" }),
            new EqualityCase<Deadline>(pausedDeadline, pausedDeadlineB, pausedDeadline with { Delays = [.. pausedDeadline.Delays, new ReviewDelay("Another", YearStart, YearStart)] }),
            new EqualityCase<DeadlineContext>(new DeadlineContext(a.Rulebook, a.Calendar, YearStart), new DeadlineContext(b.Rulebook, b.Calendar, YearStart), new DeadlineContext(Rulebook.Standard, a.Calendar, YearStart)),
            new EqualityCase<ChairAssignment>(a.Chair, b.Chair, Chairs.On(a.Partnership, "executive", YearStart.PlusYears(1))),
            new EqualityCase<AccountabilityChain>(chain, b.Chain, chain with { Steps = [.. chain.Steps.Skip(1)] }),
            new EqualityCase<AccountabilityStep>(chain.Steps[0], b.Chain.Steps[0], chain.Steps[0] with { Description = "Another" }),
            new EqualityCase<QuorumResult>(missingQuorum, missingQuorumB, missingQuorum with { Missing = [.. missingQuorum.Missing.Skip(1), "someone else"] }),
            new EqualityCase<ExpectedMeeting>(a.Schedule[0], b.Schedule[0], a.Schedule[1]),
            new EqualityCase<ComplianceReport>(a.Report, b.Report, a.Report with { Deadlines = [.. a.Report.Deadlines.Skip(1)] }),
            new EqualityCase<ReportMeasures>(a.Report.Measures, b.Report.Measures, a.Report.Measures with { Bodies = [.. a.Report.Measures.Bodies.Skip(1)] }, a.Report.Measures with { Clocks = [] }),
            new EqualityCase<DutyMeasures>(new DutyMeasures(2, 1, 1, 151, 1, 1, 0, 14, 13), new DutyMeasures(2, 1, 1, 151, 1, 1, 0, 14, 13), new DutyMeasures(2, 2, 1, 151, 1, 1, 0, 14, 13), new DutyMeasures(2, 1, 1, 151, 1, 1, 0, 14, 12)),
            new EqualityCase<ScheduleListing>(new ScheduleListing([1, 2], Provenance.Inferred, "Note"), new ScheduleListing([1, 2], Provenance.Inferred, "Note"), new ScheduleListing([2, 1], Provenance.Inferred, "Note"), new ScheduleListing([1, 2], Provenance.Published, "Note")),
            new EqualityCase<ScheduleCategory>(RelevantAgencySchedule.Categories[0], RelevantAgencySchedule.Categories[0] with { }, RelevantAgencySchedule.Categories[1]),
            new EqualityCase<RegisteredAgency>(
                new RegisteredAgency(new Agency("schools", "Schools", AgencyKind.Education, AgencyRole.RelevantAgency, schedule: new ScheduleListing([1], Provenance.Inferred, "Note"))),
                new RegisteredAgency(new Agency("schools", "Schools", AgencyKind.Education, AgencyRole.RelevantAgency, schedule: new ScheduleListing([1], Provenance.Inferred, "Note"))),
                new RegisteredAgency(new Agency("schools", "Schools", AgencyKind.Education, AgencyRole.RelevantAgency, schedule: new ScheduleListing([2], Provenance.Inferred, "Note")))),
            new EqualityCase<BodyActivity>(a.Report.Measures.Bodies[0], b.Report.Measures.Bodies[0], a.Report.Measures.Bodies[1]),
            new EqualityCase<Lscp.Rules.Reporting.CadenceWindow>(
                new Lscp.Rules.Reporting.CadenceWindow(YearStart, YearStart.PlusMonths(2).PlusDays(-1), true),
                new Lscp.Rules.Reporting.CadenceWindow(YearStart, YearStart.PlusMonths(2).PlusDays(-1), true),
                new Lscp.Rules.Reporting.CadenceWindow(YearStart, YearStart.PlusMonths(2).PlusDays(-1), false)),
            new EqualityCase<Lscp.Rules.Reporting.MeetingHeld>(
                new Lscp.Rules.Reporting.MeetingHeld("executive-2024-05-14", YearStart.PlusDays(43), true),
                new Lscp.Rules.Reporting.MeetingHeld("executive-2024-05-14", YearStart.PlusDays(43), true),
                new Lscp.Rules.Reporting.MeetingHeld("executive-2024-05-14", YearStart.PlusDays(43), null)),
            new EqualityCase<LearningMeasures>(a.Report.Measures.Learning, b.Report.Measures.Learning, a.Report.Measures.Learning with { RepeatThemes = ["neglect"] }, a.Report.Measures.Learning with { ToRecord = [] }),
            new EqualityCase<MeasureChange>(
                new MeasureChange(ReportQuestion.HowMuch, "meetingsHeld", "Meetings held", 3, 2, ChangeDirection.Up, null),
                new MeasureChange(ReportQuestion.HowMuch, "meetingsHeld", "Meetings held", 3, 2, ChangeDirection.Up, null),
                new MeasureChange(ReportQuestion.HowMuch, "meetingsHeld", "Meetings held", 2, 2, ChangeDirection.Same, null)),
            new EqualityCase<PeriodComparison>(a.Report.Comparison!, b.Report.Comparison!, a.Report.Comparison! with { Changes = [.. a.Report.Comparison!.Changes.Skip(1)] }, a.Report.Comparison! with { Note = "partial" }),
            new EqualityCase<ClockPerformance>(a.Report.Measures.Clocks[0], b.Report.Measures.Clocks[0], a.Report.Measures.Clocks[1]),
            new EqualityCase<CitedRule>(a.Report.Cited[0], b.Report.Cited[0], a.Report.Cited[1]),
            new EqualityCase<Obligation>(a.Obligations.Obligations[0], b.Obligations.Obligations[0], a.Obligations.Obligations[1]),
            new EqualityCase<ObligationList>(a.Obligations, b.Obligations, a.Obligations with { Obligations = [.. a.Obligations.Obligations.Skip(1)] }),
        ];
        return cases.ToDictionary(c => c.Type);
    }

    /// <summary>Everything the cases compare, built from scratch: two worlds share no list instance.</summary>
    private sealed class World
    {
        public World()
        {
            Partnership = PartnershipJson.Read(BuiltInPartnerships.Document("lewisham.json"));
            Arrangements = Partnership.ArrangementsOn(YearStart);
            Records = LewishamYear.Records2024(Partnership);
            Rulebook = Rulebook.Standard.WithSuspension(new RuleSuspension("GOV-ATTEND-01", new EffectivePeriod(YearStart, YearStart.PlusDays(90)), "Attendance recording under review"));
            Calendar = WorkingDayCalendar.EnglandAndWales.WithAmendments(CalendarAmendment.NonWorkingDay(new LocalDate(2024, 12, 27), "Council closure day"));
            Report = ComplianceReportBuilder.Build(Partnership, Records, new DateInterval(YearStart, new LocalDate(2025, 3, 31)), Rulebook, Calendar, new FixedDateClock(new LocalDate(2025, 6, 30)));
            Obligations = ObligationsHorizon.Build(Partnership, Records, new LocalDate(2025, 2, 1), 90, Rulebook, Calendar);
            Quorum = [.. Records.Meetings.Select(m => Lscp.Rules.Governance.Quorum.Check(Arrangements, m))];
            Chain = Accountability.ForPost(Partnership, Arrangements.Delegations[0].DelegatePostId, YearStart);
            Chair = Chairs.On(Partnership, "executive", YearStart);
            Schedule = MeetingSchedule.ForYear(Arrangements.Body("executive"), YearStart, Calendar);
            Document = new KeyDocument(KeyDocumentKind.YearlyReport, "Yearly report 2023-24", new LocalDate(2024, 9, 27),
                [new SignOff("lb-lewisham", new LocalDate(2024, 9, 20)), new SignOff("nhs-sel-icb", new LocalDate(2024, 9, 21)), new SignOff("met-police", new LocalDate(2024, 9, 23))]);
            Scrutiny = new ScrutinyArrangement(ScrutinyModel.Scrutineer, "Independent scrutineer", new EffectivePeriod(YearStart));
        }

        public KeyDocument Document { get; }

        public ScrutinyArrangement Scrutiny { get; }

        public Partnership Partnership { get; }

        public Arrangements Arrangements { get; }

        public PartnershipRecords Records { get; }

        public Rulebook Rulebook { get; }

        public WorkingDayCalendar Calendar { get; }

        public ComplianceReport Report { get; }

        public ObligationList Obligations { get; }

        public ImmutableArray<QuorumResult> Quorum { get; }

        public AccountabilityChain Chain { get; }

        public ChairAssignment Chair { get; }

        public ImmutableArray<ExpectedMeeting> Schedule { get; }
    }
}
