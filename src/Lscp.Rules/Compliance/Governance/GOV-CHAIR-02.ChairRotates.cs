using Lscp.Model;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>
/// GOV-CHAIR-02: no agency chairs a rotating body for two rotation years running. A year's chair is the agency that chaired
/// most of the body's meetings that year in its own right (deputy chairs do not count). Rotation years ending in the assessed
/// days are compared with the year before, which may lie before the period.
/// </summary>
internal sealed class ChairRotates : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ChairRotates,
        "No agency chairs a rotating body for two rotation years running",
        RuleArea.Governance,
        Sources.Arrangements,
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        var reported = new HashSet<(string, int)>();
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            foreach (var body in arrangements.Bodies)
            {
                if (body.Chair is not RotatingChair rotation)
                {
                    continue;
                }

                for (var year = rotation.RotationYearOf(from); year <= rotation.RotationYearOf(to); year++)
                {
                    var current = ActualChair(context, body.Id, rotation, year);
                    var previous = ActualChair(context, body.Id, rotation, year - 1);
                    if (current is null || current != previous || !reported.Add((body.Id, year)))
                    {
                        continue;
                    }

                    var start = rotation.StartOfRotationYear(year);
                    var end = rotation.StartOfRotationYear(year + 1).PlusDays(-1);
                    var then = context.Partnership.ArrangementsOn(start);
                    var name = then.HasAgency(current) ? then.Agency(current).Name : current;
                    yield return FoundOn(BasisOf(body, "chair"), context, Severity.Breach, Subject.Body(body.Id), start, end,
                        $"{name} chaired {body.Name} in the rotation year starting {rotation.StartOfRotationYear(year - 1):uuuu-MM-dd} and again in the year starting {start:uuuu-MM-dd}.",
                        new("body", body.Id), new("agency", current), new("rotationYears", $"{year - 1}, {year}"));
                }
            }
        }
    }

    /// <summary>
    /// For each rotating body in being on the last assessed day, the next change of rotation year if it falls by
    /// <paramref name="until"/>: from that day the chair passes to the agency whose year it is, and the agency chairing now
    /// must not chair on.
    /// </summary>
    public override IEnumerable<Obligation> Due(ComplianceContext context, NodaTime.LocalDate until)
    {
        var asOf = context.AssessedUntil;
        var arrangements = context.Partnership.ArrangementsOn(asOf);
        foreach (var body in arrangements.BodiesOn(asOf))
        {
            if (body.Chair is not RotatingChair rotation)
            {
                continue;
            }

            var year = rotation.RotationYearOf(asOf) + 1;
            var change = rotation.StartOfRotationYear(year);
            if (change > until || (body.Period.End is { } end && end < change))
            {
                continue;
            }

            var (now, next) = (rotation.AgencyOn(asOf), rotation.AgencyForRotationYear(year));
            string Name(string id) => arrangements.HasAgency(id) ? arrangements.Agency(id).Name : id;
            yield return Owed([BasisOf(body, "chair")], Subject.Body(body.Id),
                $"The chair of {body.Name} passes from {Name(now)} to {Name(next)} on {change:uuuu-MM-dd}, the start of the rotation year that is theirs.",
                change, overdue: false, new("body", body.Id), new("chairNow", now), new("chairFrom", next), new("rotationYear", $"{year}"));
        }
    }

    private static string? ActualChair(ComplianceContext context, string bodyId, RotatingChair rotation, int year)
    {
        // The agency that chaired most of the year's meetings in its own right; ties go to the first in ordinal order.
        var start = rotation.StartOfRotationYear(year);
        var end = rotation.StartOfRotationYear(year + 1);
        Span<int> counts = stackalloc int[rotation.Order.Length];
        string? other = null;
        foreach (var meeting in context.MeetingsByDate)
        {
            if (meeting.BodyId != bodyId || meeting.Date < start || meeting.Date >= end || meeting.ChairAgencyId is not { } chair || meeting.ChairWasDeputy)
            {
                continue;
            }

            var index = rotation.Order.IndexOf(chair);
            if (index >= 0)
            {
                counts[index]++;
            }
            else
            {
                other ??= chair;
            }
        }

        string? best = null;
        var bestCount = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > bestCount || (counts[i] == bestCount && counts[i] > 0 && string.CompareOrdinal(rotation.Order[i], best) < 0))
            {
                best = rotation.Order[i];
                bestCount = counts[i];
            }
        }

        return best ?? other;
    }
}
