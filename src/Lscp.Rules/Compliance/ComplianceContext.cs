using System.Runtime.InteropServices;
using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;
using Lscp.Rules.Timescales;
using NodaTime;

namespace Lscp.Rules.Compliance;

/// <summary>
/// Everything a rule reads: the partnership, its records, the period asked about, the rulebook, the calendar and the
/// evaluation date. Rules assess only what has happened by then: <see cref="AssessedUntil"/>.
/// </summary>
public sealed class ComplianceContext
{
    internal ComplianceContext(Partnership partnership, PartnershipRecords records, DateInterval period, Rulebook rulebook, WorkingDayCalendar calendar, LocalDate today)
    {
        Partnership = partnership;
        Records = records;
        MeetingsByDate = SortedByDate(records.Meetings);
        Period = period;
        Rulebook = rulebook;
        Calendar = calendar;
        Today = today;
        AssessedUntil = period.End < today ? period.End : today;
        AssessedFrom = period.Start > partnership.Versions[0].EffectiveFrom ? period.Start : partnership.Versions[0].EffectiveFrom;
        WorkingTogether2023From = Wt2023From(records);
    }

    /// <summary>
    /// The first day this partnership's arrangements follow Working Together 2023, and so its duties apply: the day the
    /// records show arrangements following it published (not before the edition itself, 15 December 2023), or 1 January
    /// 2025, when every partnership's did at the latest, whichever is first.
    /// </summary>
    public LocalDate WorkingTogether2023From { get; }

    /// <summary>The first day <paramref name="definition"/> applies to this partnership: its own start, or for a duty of an edition, the edition's start here.</summary>
    public LocalDate AppliesFrom(Catalogue.RuleDefinition definition) =>
        definition.Edition == GuidanceEdition.WorkingTogether2023 && WorkingTogether2023From > definition.AppliesDuring.Start
            ? WorkingTogether2023From
            : definition.AppliesDuring.Start;

    private static LocalDate Wt2023From(PartnershipRecords records)
    {
        var from = Catalogue.Sources.Wt2023Everywhere;
        foreach (var document in records.Documents)
        {
            if (document is { Kind: KeyDocumentKind.Arrangements, Edition: GuidanceEdition.WorkingTogether2023, PublishedOn: { } published } && published < from)
            {
                from = published;
            }
        }

        return LocalDate.Max(from, Catalogue.Sources.Wt2023InForce);
    }

    /// <summary>The partnership.</summary>
    public Partnership Partnership { get; }

    /// <summary>Its records.</summary>
    public PartnershipRecords Records { get; }

    /// <summary>The meetings in date order (then by id): sorted once for every rule.</summary>
    public ImmutableArray<Meeting> MeetingsByDate { get; }

    /// <summary>The period asked about (both ends inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>The rules and parameter values.</summary>
    public Rulebook Rulebook { get; }

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The evaluation date, from the clock.</summary>
    public LocalDate Today { get; }

    /// <summary>The first day assessed: the period's start, or the first arrangements' date if later.</summary>
    public LocalDate AssessedFrom { get; }

    /// <summary>The last day assessed: the period's end, or <see cref="Today"/> if earlier.</summary>
    public LocalDate AssessedUntil { get; }

    /// <summary>
    /// Every statutory clock of the records, counted to <see cref="AssessedUntil"/>: worked out once, on first use, for the
    /// clock rules and the report alike.
    /// </summary>
    internal ImmutableArray<Deadline> Deadlines
    {
        get
        {
            if (_deadlines.IsDefault)
            {
                _deadlines = DeadlineCalculator.ForRecords(Records, AssessedUntil, Rulebook, Calendar);
            }

            return _deadlines;
        }
    }

    private ImmutableArray<Deadline> _deadlines;

    /// <summary>
    /// Whether the meeting at <paramref name="index"/> of <see cref="MeetingsByDate"/> was quorate under the arrangements in
    /// force on its day: worked out once per meeting, for the quorum rule and the report's measures alike.
    /// </summary>
    internal QuorumResult QuorumOf(int index)
    {
        _quorums ??= new QuorumResult?[MeetingsByDate.Length];
        if (_quorums[index] is not { } result)
        {
            var meeting = MeetingsByDate[index];
            var arrangements = Partnership.ArrangementsOn(meeting.Date);
            result = Quorum.Check(arrangements, arrangements.Body(meeting.BodyId), meeting, describeQuorate: false);
            _quorums[index] = result;
        }

        return result;
    }

    private QuorumResult?[]? _quorums;

    /// <summary>
    /// The month (1 or 4) cadence years start in on <paramref name="on"/>, as GOV-CADENCE-01's <c>yearStarts</c> is set:
    /// one reading of the setting for the rule and the report's expected meetings alike.
    /// </summary>
    internal int CadenceYearStartMonth(LocalDate on) => Governance.MeetsEachInterval.StartMonth(Rulebook, on);

    /// <summary>
    /// Whether a delegate's signature counts for its lead on a key document published on <paramref name="on"/>, as
    /// DUTY-SIGN-01's <c>delegateMaySign</c> is set: one reading for the rule and the report's sign-off measure alike.
    /// </summary>
    internal bool DelegatesCount(LocalDate on) => Duties.KeyDocumentSigned.DelegatesCount(Rulebook, on);

    /// <summary>True when there is anything to assess (the assessed range is not empty).</summary>
    public bool HasAssessedDays => AssessedFrom <= AssessedUntil;

    /// <summary>
    /// The assessed days split by the version of the arrangements in force, clipped to the days <paramref name="ruleId"/> applies:
    /// each piece with its arrangements, both ends inclusive.
    /// </summary>
    public IEnumerable<(Arrangements Arrangements, LocalDate From, LocalDate To)> Segments(string ruleId)
    {
        var definition = Rulebook.Definition(ruleId);
        var applies = definition.AppliesDuring;
        var start = AppliesFrom(definition);
        foreach (var version in Partnership.Versions)
        {
            var period = Partnership.PeriodOf(version);
            var from = LocalDate.Max(LocalDate.Max(period.Start, AssessedFrom), start);
            var to = LocalDate.Min(LocalDate.Min(period.End ?? AssessedUntil, AssessedUntil), applies.End ?? AssessedUntil);
            if (from <= to)
            {
                yield return (version, from, to);
            }
        }
    }

    /// <summary>
    /// For each body with a cadence, the longest runs of assessed days (clipped to when <paramref name="ruleId"/> applies and
    /// to the body's own dates) in which it exists with the same cadence, across versions of the arrangements: a change of
    /// arrangements that keeps the body and its cadence does not cut its intervals or gaps in two. Each run names the
    /// versions it spans and the days they took effect.
    /// </summary>
    internal IReadOnlyList<CadenceRun> CadenceRuns(string ruleId)
    {
        // Worked out once per evaluation for the days the rule applies (both cadence rules apply on the same days).
        var applies = Rulebook.Definition(ruleId).AppliesDuring;
        if (_cadenceRuns is { } cached && cached.Applies == applies)
        {
            return cached.Runs;
        }

        var bodies = Partnership.Versions[^1].Bodies.Length;
        var runs = new List<CadenceRun>(bodies + 4);
        var open = new Dictionary<string, CadenceRun>(bodies, StringComparer.Ordinal);
        foreach (var (arrangements, from, to) in Segments(ruleId))
        {
            // A run not continued into this segment (its body is gone, or changed its cadence) is finished.
            foreach (var (id, run) in open)
            {
                if (run.To < from.PlusDays(-1))
                {
                    runs.Add(run);
                    open.Remove(id);
                }
            }

            foreach (var body in arrangements.Bodies)
            {
                var start = LocalDate.Max(from, body.Period.Start);
                var end = LocalDate.Min(to, body.Period.End ?? to);
                if (body.Cadence is null || start > end)
                {
                    continue;
                }

                if (open.TryGetValue(body.Id, out var run) && run.To.PlusDays(1) == start && run.Body.Cadence == body.Cadence)
                {
                    run.Extend(arrangements.Title, start, end);
                    continue;
                }

                if (run is not null)
                {
                    runs.Add(run);
                }

                open[body.Id] = new CadenceRun(body, start, end);
            }
        }

        runs.AddRange(open.Values);
        _cadenceRuns = (applies, runs);
        return runs;
    }

    private (Lscp.Model.EffectivePeriod Applies, List<CadenceRun> Runs)? _cadenceRuns;

    /// <summary>The meetings by date, then id: the same array when already in that order (records usually are), else a sorted copy.</summary>
    private static ImmutableArray<Meeting> SortedByDate(ImmutableArray<Meeting> meetings)
    {
        for (var i = 1; i < meetings.Length; i++)
        {
            if (ByDateThenId(meetings[i - 1], meetings[i]) > 0)
            {
                var copy = meetings.ToArray();
                Array.Sort(copy, ByDateThenId);
                return ImmutableCollectionsMarshal.AsImmutableArray(copy);
            }
        }

        return meetings;
    }

    private static int ByDateThenId(Meeting a, Meeting b)
    {
        var byDate = a.Date.CompareTo(b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

}
