using System.Globalization;
using Lscp.Model;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>
/// GOV-ATTEND-01: each core seat of a body is filled (in person or by a deputy that counts) at no less than <c>minimumRate</c>
/// of the body's meetings in the assessed days. Seats are matched across versions by agency and representative role.
/// </summary>
public sealed class MemberAttendance : ComplianceRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.MemberAttendance;

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        var tally = new Dictionary<(string Body, string Agency, string Representative), (int Held, int Filled, string BodyName, string AgencyName)>();
        var minimum = 1m;
        var first = context.AssessedUntil;
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            minimum = Math.Min(minimum, context.Rulebook.Number(Id, "minimumRate", from));
            first = ComplianceContext.Min(first, from);
            foreach (var meeting in context.Records.Meetings.Where(m => m.Date >= from && m.Date <= to))
            {
                var body = arrangements.Body(meeting.BodyId);
                var counted = Quorum.CountedSeats(body, meeting);
                foreach (var seat in body.Members.Where(m => m.Kind == MembershipKind.Core))
                {
                    var key = (body.Id, seat.AgencyId, seat.Representative);
                    var (held, filled, _, _) = tally.GetValueOrDefault(key);
                    tally[key] = (held + 1, filled + (counted.Contains(seat) ? 1 : 0), body.Name, arrangements.Agency(seat.AgencyId).Name);
                }
            }
        }

        foreach (var ((bodyId, agencyId, representative), (held, filled, bodyName, agencyName)) in tally.OrderBy(t => t.Key.Body, StringComparer.Ordinal).ThenBy(t => t.Key.Agency, StringComparer.Ordinal))
        {
            var rate = (decimal)filled / held;
            if (rate < minimum)
            {
                yield return Found(context, Severity.Warning, $"agency:{agencyId}", first, context.AssessedUntil,
                    $"{agencyName} ({representative}) attended {filled} of {held} meetings of {bodyName} ({Percent(rate)}); the minimum is {Percent(minimum)}.",
                    new("body", bodyId), new("agency", agencyId), new("representative", representative), new("attended", $"{filled} of {held}"));
            }
        }
    }

    private static string Percent(decimal share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
