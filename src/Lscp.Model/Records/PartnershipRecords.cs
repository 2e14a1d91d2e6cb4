using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Model.Records;

/// <summary>
/// What a partnership has done: its meetings, decisions taken under delegation, serious incidents and yearly reports.
/// The rules evaluate these against the arrangements.
/// </summary>
public sealed record PartnershipRecords
{
    /// <summary>No records.</summary>
    public static PartnershipRecords Empty { get; } = new([], []);

    /// <summary>Creates the records; meeting ids and case references must be unique.</summary>
    public PartnershipRecords(
        IEnumerable<Meeting> meetings,
        IEnumerable<DelegationDecision> decisions,
        IEnumerable<SeriousIncident>? incidents = null,
        IEnumerable<YearlyReport>? yearlyReports = null,
        IEnumerable<KeyDocument>? documents = null,
        IEnumerable<ScrutinyArrangement>? scrutiny = null,
        IEnumerable<ScrutinyReport>? scrutinyReports = null,
        IEnumerable<DeathReview>? deathReviews = null,
        IEnumerable<LocalDate>? deathReviewReports = null,
        IEnumerable<Recommendation>? recommendations = null,
        IEnumerable<MultiAgencyAudit>? audits = null)
        : this(Guard.Against.Null(meetings), Guard.Against.Null(decisions), incidents ?? [], yearlyReports ?? [], documents ?? [], scrutiny ?? [], scrutinyReports ?? [], deathReviews ?? [], deathReviewReports ?? [], recommendations ?? [], audits ?? [], checkedByCaller: true)
    {
        Guard.Against.BrokenInvariants(Check(Meetings, Incidents, Recommendations, Audits));
    }

    /// <summary>
    /// Records whose lists a reader has already checked as the constructor does (<see cref="Check"/> with nothing broken):
    /// built without checking them again, so a document's invariants are checked once.
    /// </summary>
    internal static PartnershipRecords Checked(
        IEnumerable<Meeting> meetings,
        IEnumerable<DelegationDecision> decisions,
        IEnumerable<SeriousIncident> incidents,
        IEnumerable<YearlyReport> yearlyReports,
        IEnumerable<KeyDocument> documents,
        IEnumerable<ScrutinyArrangement> scrutiny,
        IEnumerable<ScrutinyReport> scrutinyReports,
        IEnumerable<DeathReview> deathReviews,
        IEnumerable<LocalDate> deathReviewReports,
        IEnumerable<Recommendation> recommendations,
        IEnumerable<MultiAgencyAudit> audits) =>
        new(meetings, decisions, incidents, yearlyReports, documents, scrutiny, scrutinyReports, deathReviews, deathReviewReports, recommendations, audits, checkedByCaller: true);

    /// <summary>Copies the lists and checks nothing: the one place they are set, after the caller's checks.</summary>
    private PartnershipRecords(
        IEnumerable<Meeting> meetings,
        IEnumerable<DelegationDecision> decisions,
        IEnumerable<SeriousIncident> incidents,
        IEnumerable<YearlyReport> yearlyReports,
        IEnumerable<KeyDocument> documents,
        IEnumerable<ScrutinyArrangement> scrutiny,
        IEnumerable<ScrutinyReport> scrutinyReports,
        IEnumerable<DeathReview> deathReviews,
        IEnumerable<LocalDate> deathReviewReports,
        IEnumerable<Recommendation> recommendations,
        IEnumerable<MultiAgencyAudit> audits,
        bool checkedByCaller)
    {
        _ = checkedByCaller;
        Incidents = [.. incidents];
        YearlyReports = [.. yearlyReports];
        Meetings = [.. meetings];
        Decisions = [.. decisions];
        Documents = [.. documents];
        Scrutiny = [.. scrutiny];
        ScrutinyReports = [.. scrutinyReports];
        DeathReviews = [.. deathReviews];
        DeathReviewReports = [.. deathReviewReports];
        Recommendations = [.. recommendations];
        Audits = [.. audits];
    }

    /// <summary>The invariants the lists break (a meeting id, case reference, recommendation, action or audit id used twice), none when they are sound.</summary>
    internal static IEnumerable<Invariant> Check(IReadOnlyList<Meeting> meetings, IReadOnlyList<SeriousIncident> incidents, IReadOnlyList<Recommendation> recommendations, IReadOnlyList<MultiAgencyAudit> audits)
    {
        var recommendationIds = new HashSet<string>(StringComparer.Ordinal);
        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < recommendations.Count; i++)
        {
            if (!recommendationIds.Add(recommendations[i].Id))
            {
                yield return new($"{nameof(recommendations)}[{i}].id", $"Recommendation id '{recommendations[i].Id}' is used twice.");
            }

            var actions = recommendations[i].Actions;
            for (var a = 0; a < actions.Length; a++)
            {
                if (!actionIds.Add(actions[a].Id))
                {
                    yield return new($"{nameof(recommendations)}[{i}].actions[{a}].id", $"Action id '{actions[a].Id}' is used twice; each action has its own.");
                }
            }
        }

        var auditIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < audits.Count; i++)
        {
            if (!auditIds.Add(audits[i].Id))
            {
                yield return new($"{nameof(audits)}[{i}].id", $"Audit id '{audits[i].Id}' is used twice.");
            }
        }

        // The parameter is the item's own field, so a reader reports it there; a case reference is never repeated back.
        var caseReferences = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < incidents.Count; i++)
        {
            if (!caseReferences.Add(incidents[i].CaseReference))
            {
                yield return new($"{nameof(incidents)}[{i}].caseReference", "An earlier incident has the same case reference; each incident has its own.");
            }
        }

        var meetingIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < meetings.Count; i++)
        {
            if (!meetingIds.Add(meetings[i].Id))
            {
                yield return new($"{nameof(meetings)}[{i}].id", $"Meeting id '{meetings[i].Id}' is used twice.");
            }
        }
    }

    /// <summary>Meetings, in the order given (so that an error can name the item as its author wrote it).</summary>
    public ImmutableArray<Meeting> Meetings { get => _meetings.Items; private init => _meetings = value; }

    private readonly ValueArray<Meeting> _meetings;

    /// <summary>Decisions taken under delegation, in the order given.</summary>
    public ImmutableArray<DelegationDecision> Decisions { get => _decisions.Items; private init => _decisions = value; }

    private readonly ValueArray<DelegationDecision> _decisions;

    /// <summary>Serious incidents, in the order given.</summary>
    public ImmutableArray<SeriousIncident> Incidents { get => _incidents.Items; private init => _incidents = value; }

    private readonly ValueArray<SeriousIncident> _incidents;

    /// <summary>Yearly reports, in the order given.</summary>
    public ImmutableArray<YearlyReport> YearlyReports { get => _yearlyReports.Items; private init => _yearlyReports = value; }

    private readonly ValueArray<YearlyReport> _yearlyReports;

    /// <summary>Key documents (arrangements, yearly reports, budgets, thresholds) with their sign-offs, in the order given.</summary>
    public ImmutableArray<KeyDocument> Documents { get => _documents.Items; private init => _documents = value; }

    private readonly ValueArray<KeyDocument> _documents;

    /// <summary>
    /// True when the records carry any key document or scrutiny record: the duty rules then judge what is there (an absent
    /// scrutineer is a breach). With neither, they report the duties as not recorded rather than invent a breach.
    /// </summary>
    public bool HasDutyRecords => !Documents.IsEmpty || !Scrutiny.IsEmpty || !ScrutinyReports.IsEmpty;

    /// <summary>Who provided independent scrutiny, and when, in the order given.</summary>
    public ImmutableArray<ScrutinyArrangement> Scrutiny { get => _scrutiny.Items; private init => _scrutiny = value; }

    private readonly ValueArray<ScrutinyArrangement> _scrutiny;

    /// <summary>Reports of the independent scrutiny, in the order given.</summary>
    public ImmutableArray<ScrutinyReport> ScrutinyReports { get => _scrutinyReports.Items; private init => _scrutinyReports = value; }

    private readonly ValueArray<ScrutinyReport> _scrutinyReports;

    /// <summary>Recommendations of reviews and audits, each with its actions, in the order given.</summary>
    public ImmutableArray<Recommendation> Recommendations { get => _recommendations.Items; private init => _recommendations = value; }

    private readonly ValueArray<Recommendation> _recommendations;

    /// <summary>Multi-agency audits, in the order given.</summary>
    public ImmutableArray<MultiAgencyAudit> Audits { get => _audits.Items; private init => _audits = value; }

    private readonly ValueArray<MultiAgencyAudit> _audits;

    /// <summary>
    /// True when the records carry any recommendation or audit: the learning rules then judge what is there. With neither,
    /// the report says what to record rather than invent a finding from their absence.
    /// </summary>
    public bool HasLearningRecords => !Recommendations.IsEmpty || !Audits.IsEmpty;

    /// <summary>Child deaths notified to the child death review process (opaque references and dates only), in the order given.</summary>
    public ImmutableArray<DeathReview> DeathReviews { get => _deathReviews.Items; private init => _deathReviews = value; }

    private readonly ValueArray<DeathReview> _deathReviews;

    /// <summary>The days the child death overview panel published its yearly reports, in the order given.</summary>
    public ImmutableArray<LocalDate> DeathReviewReports { get => _deathReviewReports.Items; private init => _deathReviewReports = value; }

    private readonly ValueArray<LocalDate> _deathReviewReports;
}
