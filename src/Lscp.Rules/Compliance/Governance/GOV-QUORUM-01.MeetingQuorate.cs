using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>GOV-QUORUM-01: each meeting of a body with a quorum rule is quorate.</summary>
internal sealed class MeetingQuorate : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.MeetingQuorate,
        "Each meeting is quorate under its body's quorum rule",
        RuleArea.Governance,
        Sources.Arrangements,
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            for (var i = 0; i < context.MeetingsByDate.Length; i++)
            {
                var meeting = context.MeetingsByDate[i];
                if (meeting.Date < from || meeting.Date > to)
                {
                    continue;
                }

                var body = arrangements.Body(meeting.BodyId);
                if (body.Quorum is null)
                {
                    continue;
                }

                var result = context.QuorumOf(i);
                if (result.Outcome == QuorumOutcome.NotQuorate)
                {
                    yield return FoundOn([BasisOf(body, "quorum"), BasisOf(body, "members")], context, Severity.Breach, Subject.Meeting(meeting.Id), meeting.Date, meeting.Date,
                        $"{body.Name} on {meeting.Date:uuuu-MM-dd} was not quorate: {string.Join("; ", result.Missing)}.",
                        new("meeting", meeting.Id), new("body", meeting.BodyId), new("coreMembersPresent", $"{result.CoreMembersPresent} of {result.CoreMembers}"), new("agenciesPresent", $"{result.AgenciesPresent}"),
                        // What would have made it quorate, as a fact a caller can act on: each missing seat or condition.
                        new("missing", string.Join("; ", result.Missing)));
                }
            }
        }
    }
}
