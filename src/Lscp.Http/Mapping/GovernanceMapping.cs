using Lscp.Model;
using Lscp.Rules.Governance;
using C = Lscp.Contracts;

namespace Lscp.Http.Mapping;

/// <summary>Governance answers (chairs, schedules, accountability, quorum), from the rules' types to the wire's.</summary>
internal static class GovernanceMapping
{
    public static C.ChairResponse ToContract(this ChairAssignment chair) =>
        new(chair.BodyId, chair.Date, chair.AgencyId, chair.Person, chair.RotationYearStart, chair.RotationYearEnd, chair.Explanation, chair.Basis?.ToContract());

    public static C.Basis ToContract(this FactBasis basis) => new(basis.Provenance.ToContract(), basis.Note);

    public static C.Basis ToContract(this ScheduleListing listing) => new(listing.Provenance.ToContract(), listing.Note);

    public static C.Provenance ToContract(this Provenance provenance) => provenance switch
    {
        Provenance.Published => C.Provenance.Published,
        Provenance.Inferred => C.Provenance.Inferred,
        Provenance.Default => C.Provenance.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(provenance), provenance, "A provenance the wire format does not name."),
    };

    public static C.ExpectedMeeting ToContract(this ExpectedMeeting meeting) =>
        new(meeting.BodyId, meeting.Number, meeting.WindowStart, meeting.WindowEnd, meeting.NominalDate);

    public static C.AccountabilityChain ToContract(this AccountabilityChain chain) => new(
        chain.Date,
        [.. chain.Steps.Select(s => new C.AccountabilityStep(s.Role, s.Id, s.Description))],
        chain.AccountableAgencyId,
        chain.AccountableLeadPostId,
        chain.Explanation,
        chain.Citation);

    public static C.QuorumResponse ToContract(this QuorumResult result) =>
        new(result.MeetingId, result.Outcome switch
        {
            QuorumOutcome.Quorate => C.QuorumOutcome.Quorate,
            QuorumOutcome.NotQuorate => C.QuorumOutcome.NotQuorate,
            QuorumOutcome.NoRule => C.QuorumOutcome.NoRule,
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Outcome, "An outcome the wire format does not name."),
        }, [.. result.Missing], result.CoreMembersPresent, result.CoreMembers, result.AgenciesPresent, result.Explanation, result.Basis?.ToContract());
}
