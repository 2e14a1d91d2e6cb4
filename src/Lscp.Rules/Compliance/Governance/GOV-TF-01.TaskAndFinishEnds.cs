using Lscp.Model;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>GOV-TF-01: a task-and-finish group does not meet after its end date.</summary>
internal sealed class TaskAndFinishEnds : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.TaskAndFinishEnds,
        "A task-and-finish group does not meet after its end date",
        RuleArea.Governance,
        new("The partnership's own published arrangements: task and finish groups are time limited", Confidence.LocalPractice)
        {
            Quotes = [new("In order to minimise bureaucracy and learn from practice, time limited Task and Finish Groups will be convened when needed.",
                "Lewisham Safeguarding Children Partnership, 'Our Organisational Structure' (the published arrangements, in the version naming a clinical commissioning group), for example",
                "https://safeguardinglewisham.org.uk/lscp/lscp/our-partnership-arrangements/our-organisational-structure/print")],
        },
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
                if (body.Kind == BodyKind.TaskAndFinishGroup && body.Period.End is { } end && meeting.Date > end)
                {
                    yield return FoundOn(BasisOf(body, "period"), context, Severity.Warning, Subject.Meeting(meeting.Id), meeting.Date, meeting.Date,
                        $"Task-and-finish group {body.Name} met on {meeting.Date:uuuu-MM-dd}, after its end date {end:uuuu-MM-dd}: extend it or close it.",
                        new("meeting", meeting.Id), new("body", body.Id), new("endDate", $"{end:uuuu-MM-dd}"));
                }
            }
        }
    }
}
