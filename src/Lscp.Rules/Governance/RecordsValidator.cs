using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Model.Records;

namespace Lscp.Rules.Governance;

/// <summary>
/// Checks records against the arrangements in force on each record's date: the meeting's body exists, each attendance
/// names a seat on it (and which one, where the agency has several), the chair is a member, a decision's post exists.
/// </summary>
public static class RecordsValidator
{
    /// <summary>
    /// Every problem, each with its path as the records were given (<c>$.meetings[3].attendance[1].agency</c> with the
    /// default <paramref name="root"/>); empty when the records fit.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(Partnership partnership, PartnershipRecords records, string root = "$")
    {
        Guard.Against.Null(partnership);
        Guard.Against.Null(records);
        var errors = new List<ValidationError>();
        for (var i = 0; i < records.Meetings.Length; i++)
        {
            ValidateMeeting(partnership, records.Meetings[i], $"{root}.meetings[{i}]", errors);
        }

        var first = partnership.Versions[0].EffectiveFrom;
        for (var i = 0; i < records.Decisions.Length; i++)
        {
            var decision = records.Decisions[i];
            if (decision.Date >= first && partnership.ArrangementsOn(decision.Date).Posts.All(p => p.Id != decision.PostId))
            {
                errors.Add(new($"{root}.decisions[{i}].post", $"there is no post '{decision.PostId}' in the arrangements in force on {decision.Date:uuuu-MM-dd}."));
            }
        }

        // A sign-off is by a statutory partner of the arrangements in force on the day it was given.
        for (var d = 0; d < records.Documents.Length; d++)
        {
            var signOffs = records.Documents[d].SignOffs;
            for (var s = 0; s < signOffs.Length; s++)
            {
                var signOff = signOffs[s];
                if (signOff.SignedOn >= first && !partnership.ArrangementsOn(signOff.SignedOn).StatutoryPartners.Any(p => p.Id == signOff.PartnerAgencyId))
                {
                    errors.Add(new($"{root}.documents[{d}].signOffs[{s}].partner", $"'{signOff.PartnerAgencyId}' is not a statutory partner in the arrangements in force on {signOff.SignedOn:uuuu-MM-dd}; only the three statutory partners sign off key documents."));
                }
            }
        }

        ValidateLearning(partnership, records, root, errors);
        return errors;
    }

    /// <summary>
    /// An action is owned by an agency of the arrangements in force on its recommendation's date; an audit is commissioned
    /// by a body of those in force on its planned date; an audit named by a recommendation or an impact check is one of the records'.
    /// </summary>
    private static void ValidateLearning(Partnership partnership, PartnershipRecords records, string root, List<ValidationError> errors)
    {
        if (!records.HasLearningRecords)
        {
            return;
        }

        var first = partnership.Versions[0].EffectiveFrom;
        var audits = new HashSet<string>(records.Audits.Select(a => a.Id), StringComparer.Ordinal);
        for (var i = 0; i < records.Recommendations.Length; i++)
        {
            var recommendation = records.Recommendations[i];
            if (recommendation.Source == RecommendationSource.Audit && !audits.Contains(recommendation.Reference))
            {
                errors.Add(new($"{root}.recommendations[{i}].reference", $"there is no audit '{Echo.Of(recommendation.Reference)}' in the records; a recommendation of an audit names the audit's id."));
            }

            var arrangements = recommendation.MadeOn >= first ? partnership.ArrangementsOn(recommendation.MadeOn) : null;
            for (var a = 0; a < recommendation.Actions.Length; a++)
            {
                var action = recommendation.Actions[a];
                if (arrangements is not null && !arrangements.HasAgency(action.OwnerAgencyId))
                {
                    errors.Add(new($"{root}.recommendations[{i}].actions[{a}].owner", $"there is no agency '{action.OwnerAgencyId}' in the arrangements in force on {recommendation.MadeOn:uuuu-MM-dd} ({arrangements.Title})."));
                }

                if (action.Impact?.AuditId is { } audit && !audits.Contains(audit))
                {
                    errors.Add(new($"{root}.recommendations[{i}].actions[{a}].impact.audit", $"there is no audit '{audit}' in the records."));
                }
            }
        }

        for (var i = 0; i < records.Audits.Length; i++)
        {
            var audit = records.Audits[i];
            if (audit.PlannedFor >= first && partnership.ArrangementsOn(audit.PlannedFor) is var arrangements && !arrangements.HasBody(audit.CommissionedBy))
            {
                errors.Add(new($"{root}.audits[{i}].commissionedBy", $"there is no body '{audit.CommissionedBy}' in the arrangements in force on {audit.PlannedFor:uuuu-MM-dd} ({arrangements.Title})."));
            }
        }
    }

    /// <summary>Every problem with one meeting, each with its path under <paramref name="path"/> (such as <c>$.meeting</c>); empty when it fits.</summary>
    public static IReadOnlyList<ValidationError> ValidateMeeting(Partnership partnership, Meeting meeting, string path)
    {
        Guard.Against.Null(partnership);
        Guard.Against.Null(meeting);
        var errors = new List<ValidationError>();
        ValidateMeeting(partnership, meeting, path, errors);
        return errors;
    }

    private static void ValidateMeeting(Partnership partnership, Meeting meeting, string path, List<ValidationError> errors)
    {
        var first = partnership.Versions[0].EffectiveFrom;
        if (meeting.Date < first)
        {
            errors.Add(new($"{path}.date", $"{meeting.Date:uuuu-MM-dd} is before {partnership.Name}'s first arrangements ({first:uuuu-MM-dd})."));
            return;
        }

        var arrangements = partnership.ArrangementsOn(meeting.Date);
        if (!arrangements.HasBody(meeting.BodyId))
        {
            errors.Add(new($"{path}.body", $"there is no body '{meeting.BodyId}' in the arrangements in force on {meeting.Date:uuuu-MM-dd} ({arrangements.Title})."));
            return;
        }

        var body = arrangements.Body(meeting.BodyId);
        if (meeting.ChairAgencyId is { } chair && body.Members.All(m => m.AgencyId != chair))
        {
            errors.Add(new($"{path}.chair", $"'{chair}' is not a member of {body.Name}."));
        }

        for (var a = 0; a < meeting.Attendance.Length; a++)
        {
            var record = meeting.Attendance[a];
            if (Quorum.SeatIndexOf(arrangements, body, record) >= 0)
            {
                continue;
            }

            var seats = arrangements.SeatIndexesOf(body.Id, record.AgencyId);
            errors.Add(seats.Length switch
            {
                0 => new($"{path}.attendance[{a}].agency", $"'{record.AgencyId}' has no seat on {body.Name}."),
                _ when record.Representative is null => new($"{path}.attendance[{a}].representative", $"'{record.AgencyId}' has {seats.Length} seats on {body.Name}; say which: {SomeSeats(body, seats)}."),
                _ => new($"{path}.attendance[{a}].representative", $"'{record.AgencyId}' has no seat '{Echo.Of(record.Representative)}' on {body.Name}; its seats are: {SomeSeats(body, seats)}."),
            });
        }
    }

    /// <summary>The seats' representative roles, the first few only, so that an error stays short whatever the body's size.</summary>
    private static string SomeSeats(Body body, ImmutableArray<int> seats)
    {
        const int Shown = 8;
        var names = string.Join(", ", seats.Take(Shown).Select(i => body.Members[i].Representative));
        return seats.Length > Shown ? $"{names} and {seats.Length - Shown} more" : names;
    }
}
