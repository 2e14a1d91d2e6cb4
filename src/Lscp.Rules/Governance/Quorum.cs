using Lscp.Model;
using Lscp.Model.Records;

namespace Lscp.Rules.Governance;

/// <summary>Checks a meeting against its body's quorum rule.</summary>
public static class Quorum
{
    /// <summary>
    /// Whether <paramref name="meeting"/> was quorate under its body's rule in <paramref name="arrangements"/>. A seat counts as
    /// present when its member attended, or when a deputy attended and the seat's deputy policy allows it (with the chair's
    /// agreement where the policy asks for it). Advisory seats never count.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The meeting's body is not in the arrangements.</exception>
    public static QuorumResult Check(Arrangements arrangements, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(arrangements);
        ArgumentNullException.ThrowIfNull(meeting);
        var body = arrangements.Body(meeting.BodyId);
        var counted = CountedSeats(body, meeting);
        var core = body.Members.Where(m => m.Kind == MembershipKind.Core).ToList();
        var presentCore = core.Where(counted.Contains).ToList();
        var agencies = presentCore.Select(m => m.AgencyId).Distinct().ToList();

        if (body.Quorum is not { } rule)
        {
            return new(meeting.Id, false, false, [], presentCore.Count, core.Count, agencies.Count, $"{body.Name} sets no quorum, so quorum is not assessed.");
        }

        var missing = new List<string>();
        if (rule.RequireAllStatutoryPartners)
        {
            foreach (var partner in arrangements.StatutoryPartners.Where(p => !agencies.Contains(p.Id)))
            {
                missing.Add($"no {Describe(partner.Kind)} representative ({partner.Name})");
            }
        }

        if (rule.MinimumMembers > 0 && presentCore.Count < rule.MinimumMembers)
        {
            missing.Add($"{presentCore.Count} of the {rule.MinimumMembers} required members present");
        }

        if (rule.MinimumAgencies > 0 && agencies.Count < rule.MinimumAgencies)
        {
            missing.Add($"{agencies.Count} of the {rule.MinimumAgencies} required member organisations present");
        }

        if (rule.ChairMustBePresent && meeting.ChairAgencyId is null)
        {
            missing.Add("no chair recorded");
        }

        var explanation = missing.Count == 0
            ? $"Quorate: {presentCore.Count} of {core.Count} core members from {agencies.Count} agencies present."
            : $"Not quorate: {string.Join("; ", missing)}.";
        return new(meeting.Id, true, missing.Count == 0, [.. missing], presentCore.Count, core.Count, agencies.Count, explanation);
    }

    /// <summary>The seats of <paramref name="body"/> that count as present at <paramref name="meeting"/>.</summary>
    internal static HashSet<Membership> CountedSeats(Body body, Meeting meeting)
    {
        var counted = new HashSet<Membership>(ReferenceEqualityComparer.Instance);
        foreach (var record in meeting.Attendance)
        {
            if (SeatOf(body, record) is not { } seat)
            {
                continue;
            }

            var counts = record.Status switch
            {
                AttendanceStatus.Present => true,
                AttendanceStatus.DeputyAttended => seat.Deputies switch
                {
                    DeputyPolicy.Allowed => true,
                    DeputyPolicy.WithChairAgreement => record.ChairAgreedDeputy,
                    _ => false,
                },
                _ => false,
            };
            if (counts)
            {
                counted.Add(seat);
            }
        }

        return counted;
    }

    /// <summary>
    /// The seat an attendance record is for: the agency's seat with the same representative role, or the agency's only seat
    /// when the record names no role. Null when there is no such seat, or the agency has several and the record does not say
    /// which (<see cref="RecordsValidator"/> reports both).
    /// </summary>
    internal static Membership? SeatOf(Body body, Attendance record)
    {
        Membership? only = null;
        foreach (var seat in body.Members)
        {
            if (seat.AgencyId != record.AgencyId)
            {
                continue;
            }

            if (record.Representative is { } representative)
            {
                if (string.Equals(seat.Representative, representative, StringComparison.OrdinalIgnoreCase))
                {
                    return seat;
                }
            }
            else if (only is null)
            {
                only = seat;
            }
            else
            {
                return null;
            }
        }

        return record.Representative is null ? only : null;
    }

    private static string Describe(AgencyKind kind) => kind switch
    {
        AgencyKind.LocalAuthority => "local authority",
        AgencyKind.IntegratedCareBoard => "ICB",
        AgencyKind.Police => "police",
        _ => "partner",
    };
}
