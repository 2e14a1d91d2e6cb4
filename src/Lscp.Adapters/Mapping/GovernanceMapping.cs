using Lscp.Model;
using Lscp.Rules.Governance;
using C = Lscp.Contracts;

namespace Lscp.Adapters;

/// <summary>Governance answers (chairs, schedules, accountability, quorum), from the rules' types to the wire's.</summary>
public static class GovernanceMapping
{
    /// <summary>Who chairs a body on a date, on the wire.</summary>
    public static C.ChairResponse ToContract(this ChairAssignment chair) =>
        new(chair.BodyId, chair.Date, chair.AgencyId, chair.Person, chair.RotationYearStart, chair.RotationYearEnd, chair.Explanation, chair.Basis?.ToContract());

    /// <summary>What a fact rests on, on the wire.</summary>
    public static C.Basis ToContract(this FactBasis basis) => new(basis.Provenance.ToContract(), basis.Note);

    /// <summary>What a relevant agency's schedule listing rests on, on the wire.</summary>
    public static C.Basis ToContract(this ScheduleListing listing) => new(listing.Provenance.ToContract(), listing.Note);

    /// <summary>A provenance by name on the wire; every member is mapped, so a new one is a compile error here.</summary>
    public static C.Provenance ToContract(this Provenance provenance) => provenance switch
    {
        Provenance.Published => C.Provenance.Published,
        Provenance.Inferred => C.Provenance.Inferred,
        Provenance.Default => C.Provenance.Default,
    };

    /// <summary>One expected meeting of a body, on the wire.</summary>
    public static C.ExpectedMeeting ToContract(this ExpectedMeeting meeting) =>
        new(meeting.BodyId, meeting.Number, meeting.WindowStart, meeting.WindowEnd, meeting.NominalDate);

    /// <summary>Who is accountable for a body on a date, step by step, on the wire.</summary>
    public static C.AccountabilityChain ToContract(this AccountabilityChain chain) => new(
        chain.Date,
        [.. chain.Steps.Select(s => new C.AccountabilityStep(s.Role, s.Id, s.Description))],
        chain.AccountableAgencyId,
        chain.AccountableLeadPostId,
        chain.Explanation,
        chain.Citation);

    /// <summary>Whether a meeting was quorate, and who was missing, on the wire.</summary>
    public static C.QuorumResponse ToContract(this QuorumResult result) =>
        new(result.MeetingId, result.Outcome switch
        {
            QuorumOutcome.Quorate => C.QuorumOutcome.Quorate,
            QuorumOutcome.NotQuorate => C.QuorumOutcome.NotQuorate,
            QuorumOutcome.NoRule => C.QuorumOutcome.NoRule,
        }, [.. result.Missing], result.CoreMembersPresent, result.CoreMembers, result.AgenciesPresent, result.Explanation, result.Basis?.ToContract());
}
