using System.Globalization;
using Lscp.Model;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;
using NodaTime;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>
/// GOV-ATTEND-01: each core seat of a body is filled (in person or by a deputy that counts) at no less than <c>minimumRate</c>
/// of the body's meetings in the assessed days. Seats are matched across versions by agency and representative role.
/// </summary>
internal sealed class MemberAttendance : ComplianceRule
{
    /// <summary>The least share of meetings a core member attends.</summary>
    internal static NumberParameter MinimumRate { get; } =
        new("minimumRate", "The least share of meetings (0 to 1) a core member attends, in person or by a deputy that counts. Not set by default: no public text sets a threshold, so the rule is off until the partnership sets its own.", null, minimum: 0, maximum: 1);

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.MemberAttendance,
        "Each core member attends at least the share of its body's meetings the partnership sets (minimumRate = {minimumRate}; off until set)",
        RuleArea.Governance,
        new("No public text sets an attendance threshold for a partnership's members: a partnership's own setting, off until it sets one (minimumRate)", Confidence.LocalPractice),
        new(Sources.PartnersInForce),
        [MinimumRate.Parameter]);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        // Within a version, count by seat index (cheap); merge across versions by agency and role once per seat.
        // Sized for the core seats of the latest version, so it never grows (every evaluation builds one).
        var seatsAtMost = context.Partnership.Versions[^1].Bodies.Sum(b => b.Members.Length);
        var tally = new Dictionary<(string Body, string Agency, string Representative), (int Held, int Filled, string BodyName, string AgencyName)>(seatsAtMost);
        var counted = new bool[32];
        var minimum = 1m;
        var first = context.AssessedUntil;
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            if (!context.Rulebook.IsSet(Id, MinimumRate.Name, from))
            {
                // No threshold of the partnership's own: nothing to judge attendance against.
                continue;
            }

            minimum = Math.Min(minimum, context.Rulebook.Number(Id, MinimumRate, from));
            first = LocalDate.Min(first, from);
            var perBody = new Dictionary<string, (Body Body, int Held, int[] Filled)>();
            foreach (var meeting in context.MeetingsByDate)
            {
                if (meeting.Date < from || meeting.Date > to)
                {
                    continue;
                }

                if (!perBody.TryGetValue(meeting.BodyId, out var counts))
                {
                    var body = arrangements.Body(meeting.BodyId);
                    counts = (body, 0, new int[body.Members.Length]);
                }

                if (counted.Length < counts.Body.Members.Length)
                {
                    counted = new bool[counts.Body.Members.Length];
                }

                var seats = counted.AsSpan(0, counts.Body.Members.Length);
                Quorum.CountSeats(arrangements, counts.Body, meeting, seats);
                for (var i = 0; i < seats.Length; i++)
                {
                    counts.Filled[i] += seats[i] ? 1 : 0;
                }

                perBody[meeting.BodyId] = (counts.Body, counts.Held + 1, counts.Filled);
            }

            foreach (var (body, held, filled) in perBody.Values)
            {
                for (var i = 0; i < body.Members.Length; i++)
                {
                    var seat = body.Members[i];
                    if (seat.Kind != MembershipKind.Core)
                    {
                        continue;
                    }

                    var key = (body.Id, seat.AgencyId, seat.Representative);
                    var (sofar, filledSofar, _, _) = tally.GetValueOrDefault(key);
                    tally[key] = (sofar + held, filledSofar + filled[i], body.Name, arrangements.Agency(seat.AgencyId).Name);
                }
            }
        }

        var ordered = tally.ToArray();
        Array.Sort(ordered, static (a, b) =>
        {
            var byBody = string.CompareOrdinal(a.Key.Body, b.Key.Body);
            return byBody != 0 ? byBody : string.CompareOrdinal(a.Key.Agency, b.Key.Agency);
        });
        foreach (var ((bodyId, agencyId, representative), (held, filled, bodyName, agencyName)) in ordered)
        {
            var rate = (decimal)filled / held;
            if (rate < minimum)
            {
                yield return Found(context, Severity.Warning, Subject.Agency(agencyId), first, context.AssessedUntil,
                    $"{agencyName} ({representative}) attended {filled} of {held} meetings of {bodyName} ({Percent(rate)}); the minimum is {Percent(minimum)}.",
                    new("body", bodyId), new("agency", agencyId), new("representative", representative), new("attended", $"{filled} of {held}"));
            }
        }
    }

    private static string Percent(decimal share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
