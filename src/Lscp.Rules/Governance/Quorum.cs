using System.Collections.Immutable;
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
        Guard.Against.Null(arrangements);
        Guard.Against.Null(meeting);
        var body = arrangements.Body(meeting.BodyId);
        var result = Check(arrangements, body, meeting, describeQuorate: true);
        return result.Outcome != QuorumOutcome.NoRule && body.BasisOf("quorum") is { } basis
            ? result with { Explanation = basis.Provenance == Provenance.Published ? result.Explanation : $"{result.Explanation} The rule rests on {basis}", Basis = basis }
            : result;
    }

    /// <summary>
    /// The check itself. With <paramref name="describeQuorate"/> false, a quorate meeting's result carries no explanation
    /// text: the compliance rule checks every meeting and needs words only for those that fail.
    /// </summary>
    internal static QuorumResult Check(Arrangements arrangements, Body body, Meeting meeting, bool describeQuorate)
    {
        var counted = CountedSeats(arrangements, body, meeting);
        int core = 0, present = 0;
        var agencies = new List<string>(body.Members.Length);
        for (var i = 0; i < body.Members.Length; i++)
        {
            var seat = body.Members[i];
            if (seat.Kind != MembershipKind.Core)
            {
                continue;
            }

            core++;
            if (counted[i])
            {
                present++;
                if (!agencies.Contains(seat.AgencyId))
                {
                    agencies.Add(seat.AgencyId);
                }
            }
        }

        if (body.Quorum is not { } rule)
        {
            return new(meeting.Id, QuorumOutcome.NoRule, [], present, core, agencies.Count, $"{body.Name} sets no quorum, so quorum is not assessed.");
        }

        var missing = ImmutableArray.CreateBuilder<string>(0);
        if (rule.RequireAllStatutoryPartners)
        {
            foreach (var partner in arrangements.Agencies)
            {
                if (partner.IsStatutoryPartner && !agencies.Contains(partner.Id))
                {
                    missing.Add($"no {Describe(partner.Kind)} representative ({partner.Name})");
                }
            }
        }

        if (rule.MinimumMembers > 0 && present < rule.MinimumMembers)
        {
            missing.Add($"{present} of the {rule.MinimumMembers} required members present");
        }

        if (rule.MinimumAgencies > 0 && agencies.Count < rule.MinimumAgencies)
        {
            missing.Add($"{agencies.Count} of the {rule.MinimumAgencies} required member organisations present");
        }

        if (rule.ChairMustBePresent && meeting.ChairAgencyId is null)
        {
            missing.Add("no chair recorded");
        }

        if (missing.Count == 0)
        {
            return new(meeting.Id, QuorumOutcome.Quorate, [], present, core, agencies.Count, describeQuorate ? $"Quorate under {body.Name}'s rule ({Describe(rule)}): {present} of {core} core members from {agencies.Count} agencies present." : string.Empty);
        }

        return new(meeting.Id, QuorumOutcome.NotQuorate, missing.ToImmutable(), present, core, agencies.Count, $"Not quorate: {string.Join("; ", missing)}.");
    }

    /// <summary>
    /// Which seats of <paramref name="body"/> count as present at <paramref name="meeting"/>, by index into <see cref="Body.Members"/>:
    /// the member attended, or a deputy attended and the seat's deputy policy allows it.
    /// </summary>
    internal static bool[] CountedSeats(Arrangements arrangements, Body body, Meeting meeting)
    {
        var counted = new bool[body.Members.Length];
        CountSeats(arrangements, body, meeting, counted);
        return counted;
    }

    /// <summary>As <see cref="CountedSeats"/>, into <paramref name="counted"/> (cleared first), so a caller checking many meetings reuses one buffer.</summary>
    internal static void CountSeats(Arrangements arrangements, Body body, Meeting meeting, Span<bool> counted)
    {
        counted.Clear();
        foreach (var record in meeting.Attendance)
        {
            var index = SeatIndexOf(arrangements, body, record);
            if (index < 0)
            {
                continue;
            }

            var seat = body.Members[index];
            counted[index] |= record.Status switch
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
        }
    }

    /// <summary>
    /// The position in <see cref="Body.Members"/> of the seat an attendance record is for: the agency's seat with the same representative role, or the agency's only seat
    /// when the record names no role. -1 when there is no such seat, or the agency has several and the record does not say
    /// which (<see cref="RecordsValidator"/> reports both).
    /// </summary>
    internal static int SeatIndexOf(Arrangements arrangements, Body body, Attendance record)
    {
        if (record.Representative is not { } representative)
        {
            var seats = arrangements.SeatIndexesOf(body.Id, record.AgencyId);
            return seats.Length == 1 ? seats[0] : -1;
        }

        return arrangements.SeatIndexOf(body.Id, record.AgencyId, representative);
    }

    private static string Describe(QuorumRule rule) => string.Join(", ", new[]
    {
        rule.RequireAllStatutoryPartners ? "all three statutory partners present" : null,
        rule.MinimumMembers > 0 ? $"at least {rule.MinimumMembers} members" : null,
        rule.MinimumAgencies > 0 ? $"at least {rule.MinimumAgencies} member organisations" : null,
        rule.ChairMustBePresent ? "a chair" : null,
    }.OfType<string>().DefaultIfEmpty("no condition"));

    private static string Describe(AgencyKind kind) => kind switch
    {
        AgencyKind.LocalAuthority => "local authority",
        AgencyKind.IntegratedCareBoard => "ICB",
        AgencyKind.Police => "police",
        _ => "partner",
    };
}
