using Lscp.Model;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>GOV-CHAIR-01: each meeting is chaired by the agency its chair arrangement names that day, or by a recorded deputy.</summary>
internal sealed class ChairAsArranged : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ChairAsArranged,
        "Each meeting is chaired by the agency its chair arrangement names, or by a recorded deputy",
        RuleArea.Governance,
        Sources.Arrangements,
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            foreach (var meeting in context.MeetingsByDate.Where(m => m.Date >= from && m.Date <= to))
            {
                var body = arrangements.Body(meeting.BodyId);
                var expected = body.Chair switch
                {
                    FixedChair f => f.AgencyId,
                    RotatingChair r => r.AgencyOn(meeting.Date),
                    _ => null,
                };
                if (expected is null || meeting.ChairAgencyId == expected)
                {
                    continue;
                }

                var subject = Subject.Meeting(meeting.Id);
                var expectedName = arrangements.Agency(expected).Name;
                if (meeting.ChairAgencyId is null)
                {
                    yield return FoundOn(BasisOf(body, "chair"), context, Severity.Warning, subject, meeting.Date, meeting.Date,
                        $"No chair is recorded for {body.Name} on {meeting.Date:uuuu-MM-dd}; {expectedName} should chair.",
                        new("meeting", meeting.Id), new("expectedChair", expected));
                }
                else if (meeting.ChairWasDeputy)
                {
                    yield return FoundOn(BasisOf(body, "chair"), context, Severity.Information, subject, meeting.Date, meeting.Date,
                        $"{body.Name} on {meeting.Date:uuuu-MM-dd} was chaired by a recorded deputy from {arrangements.Agency(meeting.ChairAgencyId).Name} in place of {expectedName}.",
                        new("meeting", meeting.Id), new("expectedChair", expected), new("actualChair", meeting.ChairAgencyId));
                }
                else
                {
                    yield return FoundOn(BasisOf(body, "chair"), context, Severity.Breach, subject, meeting.Date, meeting.Date,
                        $"{body.Name} on {meeting.Date:uuuu-MM-dd} was chaired by {arrangements.Agency(meeting.ChairAgencyId).Name}, but the arrangements name {expectedName} and no deputy chair is recorded.",
                        new("meeting", meeting.Id), new("expectedChair", expected), new("actualChair", meeting.ChairAgencyId));
                }
            }
        }
    }
}
