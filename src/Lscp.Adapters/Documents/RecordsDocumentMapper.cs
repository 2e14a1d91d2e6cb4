using Lscp.Contracts;
using Lscp.Model.Records;
using Lscp.Contracts.Documents;

using Lscp.Model;
using GuidanceEdition = Lscp.Model.GuidanceEdition;

namespace Lscp.Adapters;

/// <summary>Turns a <see cref="RecordsDocument"/> into <see cref="PartnershipRecords"/>, collecting every problem with its JSON path; and back.</summary>
internal sealed class RecordsDocumentMapper : DocumentReader
{
    /// <summary>The attendance reader, made once per mapper rather than once per meeting.</summary>
    private readonly Func<AttendanceDocument, DocumentPath, Attendance?> _attendance;

    private RecordsDocumentMapper()
    {
        _attendance = Attendance;
    }

    public static PartnershipRecords? ToModel(RecordsDocument document, string root, out IReadOnlyList<ValidationError> errors)
    {
        var mapper = new RecordsDocumentMapper();
        var meetings = mapper.Each(document.Meetings, $"{root}.meetings", mapper.Meeting);
        var decisions = mapper.Each(document.Decisions, $"{root}.decisions", mapper.Decision);
        var incidents = mapper.Each(document.Incidents, $"{root}.incidents", mapper.Incident);
        var reports = mapper.Each(document.YearlyReports, $"{root}.yearlyReports", mapper.YearlyReport);
        var documents = mapper.Each(document.Documents, $"{root}.documents", mapper.KeyDocument);
        var scrutiny = mapper.Each(document.Scrutiny, $"{root}.scrutiny", mapper.Scrutiny);
        var deathReviews = mapper.Each(document.DeathReviews, $"{root}.deathReviews", (c, p) =>
        {
            var before = mapper.Errors.Count;
            var reference = mapper.Text(c.CaseReference, p.Field("caseReference"));
            var learned = mapper.Date(c.LearnedOn, p.Field("learnedOn"), required: true);
            var notified = mapper.Date(c.NotifiedOn, p.Field("notifiedOn"), required: false);
            return mapper.Errors.Count > before ? null : (mapper.Holds(DeathReview.Check(reference!, learned!.Value, notified), p) ? new DeathReview(reference!, learned!.Value, notified) : null);
        });
        var deathReviewReports = new List<NodaTime.LocalDate>();
        var reportsPath = new DocumentPath($"{root}.deathReviewReports");
        for (var i = 0; i < (document.DeathReviewReports?.Count ?? 0); i++)
        {
            if (mapper.Date(document.DeathReviewReports![i], reportsPath.Item(i), required: true) is { } published)
            {
                deathReviewReports.Add(published);
            }
        }

        var scrutinyReports = mapper.Each(document.ScrutinyReports, $"{root}.scrutinyReports", (r, p) =>
            mapper.Text(r.Title, p.Field("title")) is { } title && mapper.Date(r.PublishedOn, p.Field("publishedOn"), required: true) is { } published
                ? new ScrutinyReport(title, published)
                : null);
        var recommendations = mapper.Each(document.Recommendations, $"{root}.recommendations", mapper.Recommendation);
        var audits = mapper.Each(document.Audits, $"{root}.audits", mapper.Audit);
        var records = mapper.Errors.Count == 0 ? (mapper.Holds(Lscp.Model.Records.PartnershipRecords.Check(meetings, incidents, recommendations, audits), root) ? PartnershipRecords.Checked(meetings, decisions, incidents, reports, documents, scrutiny, scrutinyReports, deathReviews, deathReviewReports, recommendations, audits) : null) : null;
        errors = mapper.Errors;
        return mapper.Errors.Count == 0 ? records : null;
    }

    public static Meeting? MeetingToModel(MeetingDocument document, string path, out IReadOnlyList<ValidationError> errors) =>
        Alone(mapper => mapper.Meeting(document, path), out errors);

    public static SeriousIncident? IncidentToModel(IncidentDocument document, string path, out IReadOnlyList<ValidationError> errors) =>
        Alone(mapper => mapper.Incident(document, path), out errors);

    public static IReadOnlyList<YearlyReport>? YearlyReportsToModel(IReadOnlyList<YearlyReportDocument?> documents, string path, out IReadOnlyList<ValidationError> errors) =>
        Alone<IReadOnlyList<YearlyReport>>(mapper => mapper.Each(documents, path, mapper.YearlyReport), out errors);

    /// <summary>One element read on its own (a request's meeting, incident or yearly reports); null with every problem found.</summary>
    private static T? Alone<T>(Func<RecordsDocumentMapper, T?> read, out IReadOnlyList<ValidationError> errors)
        where T : class
    {
        var mapper = new RecordsDocumentMapper();
        var value = read(mapper);
        errors = mapper.Errors;
        return mapper.Errors.Count == 0 ? value : null;
    }

    public static RecordsDocument ToDocument(PartnershipRecords records) => new()
    {
        Meetings = [.. records.Meetings.Select(m => new MeetingDocument
        {
            Id = m.Id,
            Body = m.BodyId,
            Date = Format(m.Date),
            Chair = m.ChairAgencyId,
            ChairWasDeputy = m.ChairWasDeputy ? true : null,
            Attendance = [.. m.Attendance.Select(a => new AttendanceDocument { Agency = a.AgencyId, Representative = a.Representative, Status = EnumNames.NameOf<AttendanceStatus>(a.Status), Deputy = a.Deputy, ChairAgreedDeputy = a.ChairAgreedDeputy ? true : null })],
        })],
        Decisions = [.. records.Decisions.Select(d => new DecisionDocument { Id = d.Id, Date = Format(d.Date), Post = d.PostId, Description = d.Description })],
        Incidents = [.. records.Incidents.Select(i => new IncidentDocument
        {
            CaseReference = i.CaseReference,
            LocalAuthorityAwareOn = Format(i.LocalAuthorityAwareOn),
            NotifiedPanelOn = Format(i.NotifiedPanelOn),
            ReportedToPartnersOn = Format(i.ReportedToPartnersOn),
            RapidReviewSentOn = Format(i.RapidReviewSentOn),
            Decision = i.Decision is { } decision ? EnumNames.NameOf<ReviewDecision>(decision) : null,
            LocalReview = i.LocalReview is not { } r ? null : new LocalReviewDocument
            {
                InitiatedOn = Format(r.InitiatedOn),
                FinalReportSentOn = Format(r.FinalReportSentOn),
                PublishedOn = Format(r.PublishedOn),
                Delays = r.Delays.IsEmpty ? null : [.. r.Delays.Select(d => new DelayDocument { Reason = d.Reason, PanelToldOn = Format(d.PanelToldOn), SecretaryOfStateToldOn = Format(d.SecretaryOfStateToldOn) })],
            },
        })],
        YearlyReports = [.. records.YearlyReports.Select(y => new YearlyReportDocument
        {
            CoversFrom = Format(y.CoversFrom),
            CoversTo = Format(y.CoversTo),
            PublishedOn = Format(y.PublishedOn),
            SentToPanelOn = Format(y.SentToPanelOn),
            SentToWhatWorksOn = Format(y.SentToWhatWorksOn),
            RefersToScrutiny = y.RefersToScrutiny,
            Edition = y.Edition is { } edition ? EnumNames.NameOf<GuidanceEdition>(edition) : null,
            Contents = y.Contents is null ? null : [.. y.Contents],
        })],
        Recommendations = records.Recommendations.IsEmpty ? null : [.. records.Recommendations.Select(r => new RecommendationDocument
        {
            Id = r.Id,
            Source = EnumNames.NameOf<RecommendationSource>(r.Source),
            Reference = r.Reference,
            MadeOn = Format(r.MadeOn),
            Theme = r.Theme,
            Actions = [.. r.Actions.Select(a => new ActionDocument
            {
                Id = a.Id,
                Owner = a.OwnerAgencyId,
                DueOn = Format(a.DueOn),
                Status = EnumNames.NameOf<ActionStatus>(a.Status),
                StatusChangedOn = Format(a.StatusChangedOn),
                Impact = a.Impact is not { } impact ? null : new ImpactDocument { Checked = impact.Checked, CheckedOn = Format(impact.CheckedOn), Audit = impact.AuditId },
            })],
        })],
        Audits = records.Audits.IsEmpty ? null : [.. records.Audits.Select(a => new AuditDocument
        {
            Id = a.Id,
            Theme = a.Theme,
            CommissionedBy = a.CommissionedBy,
            PlannedFor = Format(a.PlannedFor),
            CompletedOn = Format(a.CompletedOn),
            Methods = [.. a.Methods.Select(EnumNames.NameOf<AuditMethod>)],
            Findings = [.. a.Findings],
        })],
        Documents = records.Documents.IsEmpty ? null : [.. records.Documents.Select(d => new KeyDocumentDocument
        {
            Kind = EnumNames.NameOf<KeyDocumentKind>(d.Kind),
            Title = d.Title,
            PublishedOn = Format(d.PublishedOn),
            Edition = d.Edition is { } edition ? EnumNames.NameOf<GuidanceEdition>(edition) : null,
            SignOffs = [.. d.SignOffs.Select(o => new SignOffDocument { Partner = o.PartnerAgencyId, SignedOn = Format(o.SignedOn), ByDelegate = o.ByDelegate ? true : null })],
            Contents = d.Contents is null ? null : [.. d.Contents],
        })],
        DeathReviewReports = records.DeathReviewReports.IsEmpty ? null : [.. records.DeathReviewReports.Select(Format)],
        DeathReviews = records.DeathReviews.IsEmpty ? null : [.. records.DeathReviews.Select(c => new DeathReviewDocument { CaseReference = c.CaseReference, LearnedOn = Format(c.LearnedOn), NotifiedOn = Format(c.NotifiedOn) })],
        ScrutinyReports = records.ScrutinyReports.IsEmpty ? null : [.. records.ScrutinyReports.Select(r => new ScrutinyReportDocument { Title = r.Title, PublishedOn = Format(r.PublishedOn) })],
        Scrutiny = records.Scrutiny.IsEmpty ? null : [.. records.Scrutiny.Select(x => new ScrutinyDocument { Model = EnumNames.NameOf<ScrutinyModel>(x.Model), Holder = x.Holder, From = Format(x.During.Start), To = Format(x.During.End) })],
    };

    private Meeting? Meeting(MeetingDocument m, DocumentPath path)
    {
        var before = Errors.Count;
        var id = Id(m.Id, path.Field("id"));
        var body = Id(m.Body, path.Field("body"));
        var date = Date(m.Date, path.Field("date"), required: true);
        var chair = m.Chair is null ? null : Id(m.Chair, path.Field("chair"));
        var attendance = Each(m.Attendance, path.Field("attendance"), _attendance);
        return Errors.Count > before ? null : (Holds(Lscp.Model.Records.Meeting.Check(id!, chair, attendance, m.ChairWasDeputy ?? false), path) ? Lscp.Model.Records.Meeting.Checked(id!, body!, date!.Value, chair, [.. attendance], m.ChairWasDeputy ?? false) : null);
    }

    private Attendance? Attendance(AttendanceDocument a, DocumentPath path)
    {
        var before = Errors.Count;
        var agency = Id(a.Agency, path.Field("agency"));
        var status = Enum<AttendanceStatus>(a.Status, path.Field("status"));
        var representative = a.Representative is null ? null : Text(a.Representative, path.Field("representative"));
        return Errors.Count > before ? null : (Holds(Lscp.Model.Records.Attendance.Check(agency!, status!.Value, a.Deputy, a.ChairAgreedDeputy ?? false), path) ? Lscp.Model.Records.Attendance.Checked(agency!, status!.Value, representative, a.Deputy, a.ChairAgreedDeputy ?? false) : null);
    }

    private DelegationDecision? Decision(DecisionDocument d, DocumentPath path)
    {
        var before = Errors.Count;
        var id = Id(d.Id, path.Field("id"));
        var date = Date(d.Date, path.Field("date"), required: true);
        var post = Id(d.Post, path.Field("post"));
        var description = Text(d.Description, path.Field("description"));
        return Errors.Count > before ? null : new DelegationDecision(id!, date!.Value, post!, description!);
    }

    private SeriousIncident? Incident(IncidentDocument i, DocumentPath path)
    {
        var before = Errors.Count;
        var reference = Text(i.CaseReference, path.Field("caseReference"));
        var aware = Date(i.LocalAuthorityAwareOn, path.Field("localAuthorityAwareOn"), required: true);
        var notified = Date(i.NotifiedPanelOn, path.Field("notifiedPanelOn"), required: false);
        var partners = Date(i.ReportedToPartnersOn, path.Field("reportedToPartnersOn"), required: false);
        var rapid = Date(i.RapidReviewSentOn, path.Field("rapidReviewSentOn"), required: false);
        var decision = i.Decision is null ? null : Enum<ReviewDecision>(i.Decision, path.Field("decision"));
        var review = i.LocalReview is not { } r ? null : LocalReview(r, path.Field("localReview"));
        return Errors.Count > before ? null : (Holds(SeriousIncident.Check(reference!, aware!.Value, notified, partners, rapid, decision, review), path) ? new SeriousIncident(reference!, aware!.Value, notified, partners, rapid, decision, review) : null);
    }

    private LocalReview? LocalReview(LocalReviewDocument r, DocumentPath path)
    {
        var before = Errors.Count;
        var initiated = Date(r.InitiatedOn, path.Field("initiatedOn"), required: false);
        var sent = Date(r.FinalReportSentOn, path.Field("finalReportSentOn"), required: false);
        var published = Date(r.PublishedOn, path.Field("publishedOn"), required: false);
        var delays = Each(r.Delays, path.Field("delays"), (d, delayPath) =>
        {
            var reason = Text(d.Reason, delayPath.Field("reason"));
            var panel = Date(d.PanelToldOn, delayPath.Field("panelToldOn"), required: false);
            var secretary = Date(d.SecretaryOfStateToldOn, delayPath.Field("secretaryOfStateToldOn"), required: false);
            return reason is null || (d.PanelToldOn is not null && panel is null) || (d.SecretaryOfStateToldOn is not null && secretary is null) ? null : new ReviewDelay(reason, panel, secretary);
        });
        return Errors.Count > before ? null : (Holds(Lscp.Model.Records.LocalReview.Check(initiated, sent, published, delays), path) ? new LocalReview(initiated, sent, published, delays) : null);
    }

    private YearlyReport? YearlyReport(YearlyReportDocument y, DocumentPath path)
    {
        var before = Errors.Count;
        var from = Date(y.CoversFrom, path.Field("coversFrom"), required: true);
        var to = Date(y.CoversTo, path.Field("coversTo"), required: true);
        var published = Date(y.PublishedOn, path.Field("publishedOn"), required: false);
        var panel = Date(y.SentToPanelOn, path.Field("sentToPanelOn"), required: false);
        var whatWorks = Date(y.SentToWhatWorksOn, path.Field("sentToWhatWorksOn"), required: false);
        var edition = y.Edition is null ? null : Enum<GuidanceEdition>(y.Edition, path.Field("edition"));
        var contents = y.Contents is null ? null : Each(y.Contents, path.Field("contents"), (c, p) => Text(c, p));
        return Errors.Count > before ? null
            : Holds(Lscp.Model.Records.YearlyReport.Check(from!.Value, to!.Value, published, panel, whatWorks), path) && Holds(Lscp.Model.Records.YearlyReport.CheckContents(contents), path)
                ? new YearlyReport(from!.Value, to!.Value, published, panel, whatWorks, y.RefersToScrutiny, edition, contents)
                : null;
    }

    private Recommendation? Recommendation(RecommendationDocument r, DocumentPath path)
    {
        var before = Errors.Count;
        var id = Id(r.Id, path.Field("id"));
        var source = Enum<RecommendationSource>(r.Source, path.Field("source"));
        var reference = Text(r.Reference, path.Field("reference"));
        var made = Date(r.MadeOn, path.Field("madeOn"), required: true);
        var theme = r.Theme is null ? null : Text(r.Theme, path.Field("theme"));
        var actions = Each(r.Actions, path.Field("actions"), Action);
        return Errors.Count > before ? null : new Recommendation(id!, source!.Value, reference!, made!.Value, theme, actions);
    }

    private LearningAction? Action(ActionDocument a, DocumentPath path)
    {
        var before = Errors.Count;
        var id = Id(a.Id, path.Field("id"));
        var owner = Id(a.Owner, path.Field("owner"));
        var due = Date(a.DueOn, path.Field("dueOn"), required: true);
        var status = Enum<ActionStatus>(a.Status, path.Field("status"));
        var changed = Date(a.StatusChangedOn, path.Field("statusChangedOn"), required: false);
        ImpactEvidence? impact = null;
        if (a.Impact is { } i)
        {
            var impactPath = path.Field("impact");
            var @checked = Text(i.Checked, impactPath.Field("checked"));
            var checkedOn = Date(i.CheckedOn, impactPath.Field("checkedOn"), required: true);
            var audit = i.Audit is null ? null : Id(i.Audit, impactPath.Field("audit"));
            impact = @checked is null || checkedOn is null || (i.Audit is not null && audit is null) ? null : new ImpactEvidence(@checked, checkedOn.Value, audit);
        }

        return Errors.Count > before ? null
            : Holds(LearningAction.Check(id!, status!.Value, changed, impact), path) ? new LearningAction(id!, owner!, due!.Value, status!.Value, changed, impact) : null;
    }

    private MultiAgencyAudit? Audit(AuditDocument a, DocumentPath path)
    {
        var before = Errors.Count;
        var id = Id(a.Id, path.Field("id"));
        var theme = Text(a.Theme, path.Field("theme"));
        var commissionedBy = Id(a.CommissionedBy, path.Field("commissionedBy"));
        var planned = Date(a.PlannedFor, path.Field("plannedFor"), required: true);
        var completed = Date(a.CompletedOn, path.Field("completedOn"), required: false);
        var methods = new List<AuditMethod>();
        var methodsPath = path.Field("methods");
        for (var i = 0; i < (a.Methods?.Count ?? 0); i++)
        {
            if (Enum<AuditMethod>(a.Methods![i], methodsPath.Item(i)) is { } method)
            {
                methods.Add(method);
            }
        }

        var findings = Each(a.Findings, path.Field("findings"), (f, p) => Text(f, p));
        return Errors.Count > before ? null : new MultiAgencyAudit(id!, theme!, commissionedBy!, planned!.Value, completed, methods, findings);
    }

    private KeyDocument? KeyDocument(KeyDocumentDocument d, DocumentPath path)
    {
        var before = Errors.Count;
        var kind = Enum<KeyDocumentKind>(d.Kind, path.Field("kind"));
        var title = Text(d.Title, path.Field("title"));
        var published = Date(d.PublishedOn, path.Field("publishedOn"), required: false);
        var edition = d.Edition is null ? null : Enum<GuidanceEdition>(d.Edition, path.Field("edition"));
        var signOffs = Each(d.SignOffs, path.Field("signOffs"), (o, p) =>
            Id(o.Partner, p.Field("partner")) is { } partner && Date(o.SignedOn, p.Field("signedOn"), required: true) is { } signed
                ? new SignOff(partner, signed, o.ByDelegate ?? false)
                : null);
        var contents = d.Contents is null ? null : Each(d.Contents, path.Field("contents"), (c, p) => Text(c, p));
        return Errors.Count > before ? null : (Holds(Lscp.Model.Records.KeyDocument.Check(contents), path) ? new KeyDocument(kind!.Value, title!, published, signOffs, edition, contents) : null);
    }

    private ScrutinyArrangement? Scrutiny(ScrutinyDocument x, DocumentPath path)
    {
        var before = Errors.Count;
        var model = Enum<ScrutinyModel>(x.Model, path.Field("model"));
        var holder = Text(x.Holder, path.Field("holder"));
        var during = Period(x.From, x.To, path);
        return Errors.Count > before ? null : new ScrutinyArrangement(model!.Value, holder!, during!.Value);
    }
}
