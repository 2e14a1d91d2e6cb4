using System.Collections.Immutable;
using Lscp.Model;
using NodaTime;

namespace Lscp.Rules.Governance;

/// <summary>Who chairs a body on a date, and the rotation schedule over a span of years.</summary>
public static class Chairs
{
    /// <summary>The chair of every body of <paramref name="arrangements"/> that has a chair arrangement and exists on <paramref name="date"/>.</summary>
    public static ImmutableArray<ChairAssignment> OfBodiesOn(Partnership partnership, Arrangements arrangements, LocalDate date)
    {
        Guard.Against.Null(partnership);
        Guard.Against.Null(arrangements);
        return [.. arrangements.Bodies.Where(b => b.Chair is not null && b.Period.Contains(date)).Select(b => On(partnership, b.Id, date))];
    }

    /// <summary>The chair of <paramref name="bodyId"/> on <paramref name="date"/>, under the arrangements in force that day.</summary>
    /// <exception cref="KeyNotFoundException">The body does not exist in the arrangements in force that day.</exception>
    /// <exception cref="NoArrangementsInForceException">The date is before the partnership's first arrangements.</exception>
    public static ChairAssignment On(Partnership partnership, string bodyId, LocalDate date)
    {
        Guard.Against.Null(partnership);
        var arrangements = partnership.ArrangementsOn(date);
        var body = arrangements.Body(bodyId);
        var assignment = Assignment(arrangements, body, date);
        var basis = body.BasisOf("chair");
        return basis is { Provenance: not Provenance.Published }
            ? assignment with { Explanation = $"{assignment.Explanation} This rests on {basis}", Basis = basis }
            : assignment with { Basis = basis };
    }

    private static ChairAssignment Assignment(Arrangements arrangements, Body body, LocalDate date)
    {
        switch (body.Chair)
        {
            case FixedChair fixedChair:
                return new(body.Id, date, fixedChair.AgencyId, PersonFor(arrangements, fixedChair.AgencyId, fixedChair.PostId, date), null, null,
                    $"{arrangements.Agency(fixedChair.AgencyId).Name} always chairs {body.Name}.");
            case RotatingChair rotation:
                var year = rotation.RotationYearOf(date);
                var start = rotation.StartOfRotationYear(year);
                var end = rotation.StartOfRotationYear(year + 1).PlusDays(-1);
                var agency = rotation.AgencyForRotationYear(year);
                return new(body.Id, date, agency, PersonFor(arrangements, agency, null, date), start, end,
                    $"{body.Name} rotates its chair yearly from {rotation.YearStart:MMMM d}; {arrangements.Agency(agency).Name} chairs the year {start:uuuu-MM-dd} to {end:uuuu-MM-dd}.");
            case IndependentChair independent:
                return new(body.Id, date, null, independent.Person, null, null, $"{body.Name} has an independent chair{(independent.Person is null ? string.Empty : $", {independent.Person}")}.");
            default:
                return new(body.Id, date, null, null, null, null, $"The arrangements do not say who chairs {body.Name}.");
        }
    }

    /// <summary>
    /// The chair of each rotation year starting from <paramref name="firstYear"/> to <paramref name="lastYear"/> (calendar years of the
    /// rotation years' starts, inclusive), each under the arrangements in force on its first day. Years before the partnership's first
    /// arrangements, or in which the body has no rotating chair, are left out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is reversed or longer than 100 years.</exception>
    public static ImmutableArray<ChairAssignment> RotationSchedule(Partnership partnership, string bodyId, int firstYear, int lastYear)
    {
        Guard.Against.Null(partnership);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstYear, lastYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear - firstYear, 100, nameof(lastYear));
        var schedule = ImmutableArray.CreateBuilder<ChairAssignment>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            var yearStart = RotationStartIn(partnership, bodyId, year);
            if (yearStart is { } start)
            {
                schedule.Add(On(partnership, bodyId, start));
            }
        }

        return schedule.ToImmutable();
    }

    private static LocalDate? RotationStartIn(Partnership partnership, string bodyId, int year)
    {
        // The rotation year's start day comes from the version in force then; try each version's day for that year.
        foreach (var version in partnership.Versions.Reverse())
        {
            if (version.HasBody(bodyId) && version.Body(bodyId).Chair is RotatingChair rotation)
            {
                var start = rotation.StartOfRotationYear(year);
                if (start >= partnership.Versions[0].EffectiveFrom && ReferenceEquals(partnership.ArrangementsOn(start), version))
                {
                    return start;
                }
            }
        }

        // A rotation year that began before the first arrangements but runs into them is listed from their first day, as
        // the chair answer for that day names it (the 2019-20 year of a partnership that began on 29 June 2019).
        var first = partnership.Versions[0];
        if (first.HasBody(bodyId) && first.Body(bodyId).Chair is RotatingChair opening
            && opening.StartOfRotationYear(year) < first.EffectiveFrom && opening.StartOfRotationYear(year + 1) > first.EffectiveFrom)
        {
            return first.EffectiveFrom;
        }

        return null;
    }

    private static string? PersonFor(Arrangements arrangements, string agencyId, string? postId, LocalDate date)
    {
        var post = postId ?? arrangements.Delegations.FirstOrDefault(d => d.PartnerAgencyId == agencyId && d.Period.Contains(date))?.DelegatePostId;
        return post is null ? null : arrangements.HoldersOn(post, date).Select(h => h.Person).FirstOrDefault(p => p is not null);
    }
}
