using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>
/// GOV-CADENCE-01: each body with a cadence meets at least once in every cadence interval (counted from the year start the
/// <c>yearStarts</c> parameter names) that lies wholly within the assessed days and the body's own period.
/// </summary>
internal sealed class MeetsEachInterval : ComplianceRule
{
    /// <summary>The month a rule's cadence years start in.</summary>
    internal enum YearStart
    {
        /// <summary>The financial year.</summary>
        April,

        /// <summary>The calendar year.</summary>
        January,
    }

    /// <summary>The month the cadence intervals are counted from.</summary>
    internal static ChoiceParameter<YearStart> YearStarts { get; } =
        new("yearStarts", "The month the cadence intervals are counted from: the financial year (April, the year partnerships' yearly reports cover; the default) or the calendar year (January). A counting convention of the check, stated with every finding.", YearStart.April);

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.MeetsEachInterval,
        "Each body meets at least once in every interval of its cadence",
        RuleArea.Governance,
        Sources.Arrangements,
        new(Sources.PartnersInForce),
        [YearStarts.Parameter]);

    /// <summary>The month (1 or 4) cadence years start in on <paramref name="on"/>.</summary>
    internal static int StartMonth(Rulebook rulebook, NodaTime.LocalDate on) =>
        rulebook.Choice(RuleIds.MeetsEachInterval, YearStarts, on) == YearStart.January ? 1 : 4;

    private static bool MetIn(ComplianceContext context, string bodyId, NodaTime.LocalDate start, NodaTime.LocalDate end)
    {
        foreach (var meeting in context.MeetingsByDate)
        {
            if (meeting.BodyId == bodyId && meeting.Date >= start && meeting.Date <= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        // Judged per run of days in which the body exists with one cadence, across versions of the arrangements: an interval
        // that spans a change of arrangements keeping the body and its cadence is judged against both, and says so.
        foreach (var run in context.CadenceRuns(Id))
        {
            var (body, from, to) = (run.Body, run.From, run.To);
            var cadence = body.Cadence!;
            var startMonth = context.CadenceYearStartMonth(from);
            for (var yearStart = MeetingSchedule.YearStartOf(from, startMonth); yearStart <= to; yearStart = yearStart.PlusYears(1))
            {
                for (var i = 0; i < cadence.MeetingsPerYear; i++)
                {
                    var (windowStart, windowEnd) = MeetingSchedule.Window(cadence, yearStart, i);
                    if (windowStart < from || windowEnd > to || MetIn(context, body.Id, windowStart, windowEnd))
                    {
                        continue;
                    }

                    yield return FoundOn([BasisOf(body, "cadence"), BasisOf(body, "period")], context, Severity.Breach, Subject.Body(body.Id), windowStart, windowEnd,
                        $"{body.Name} did not meet between {windowStart:uuuu-MM-dd} and {windowEnd:uuuu-MM-dd}; it meets {cadence.Description}.{run.Spanning(windowStart, windowEnd)}",
                        new("body", body.Id), new("cadence", cadence.Description), new("interval", $"{i + 1} of {cadence.MeetingsPerYear}"));
                }
            }
        }
    }

    /// <summary>
    /// Each cadence window open on the last assessed day, or ending by <paramref name="until"/>, in which the body has not
    /// yet met: the body must meet by the window's last day. A window already met in is done.
    /// </summary>
    public override IEnumerable<Obligation> Due(ComplianceContext context, NodaTime.LocalDate until)
    {
        var asOf = context.AssessedUntil;
        foreach (var run in context.CadenceRuns(Id))
        {
            if (run.To < asOf)
            {
                continue;
            }

            var (body, cadence) = (run.Body, run.Body.Cadence!);
            var startMonth = context.CadenceYearStartMonth(asOf);
            var quorum = QuorumNeeds(context.Partnership.ArrangementsOn(asOf), body);
            for (var yearStart = MeetingSchedule.YearStartOf(asOf, startMonth); yearStart <= until; yearStart = yearStart.PlusYears(1))
            {
                for (var i = 0; i < cadence.MeetingsPerYear; i++)
                {
                    var (windowStart, windowEnd) = MeetingSchedule.Window(cadence, yearStart, i);
                    // Open on the day (whenever it ends), or falling due within the horizon; a window that opens in the horizon
                    // but ends after it is not yet due.
                    if (windowEnd < asOf || (windowStart > asOf && windowEnd > until) || !body.Period.Contains(windowStart) || !body.Period.Contains(windowEnd)
                        || (windowStart <= asOf && MetIn(context, body.Id, windowStart, asOf)))
                    {
                        continue;
                    }

                    yield return Owed([BasisOf(body, "cadence"), BasisOf(body, "period"), quorum is null ? null : BasisOf(body, "quorum")], Subject.Body(body.Id),
                        $"{body.Name} meets between {windowStart:uuuu-MM-dd} and {windowEnd:uuuu-MM-dd} (it meets {cadence.Description}).{(quorum is null ? string.Empty : $" To be quorate: {quorum}.")}", windowEnd, overdue: false,
                        new("body", body.Id), new("cadence", cadence.Description), new("interval", $"{i + 1} of {cadence.MeetingsPerYear}"), new("windowStart", $"{windowStart:uuuu-MM-dd}"),
                        new("quorum", quorum ?? "no quorum rule published"));
                }
            }
        }
    }
}
