using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-AGENCY-01: on each assessed day, the arrangements in force name no agency that had ceased to exist by then (one
/// warning per agency and version, for the days it is named after it ceased). The arrangements are then out of date:
/// a seat that cannot be filled, an agency that cannot cooperate.
/// </summary>
internal sealed class NoCeasedAgency : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.NoCeasedAgency,
        "The arrangements name no relevant agency that has ceased to exist",
        RuleArea.Governance,
        new("The Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (SI 2018/789), regulation 18 and the Schedule: relevant agencies are the persons the Schedule specifies; an agency that ceases to exist can no longer be one (this library's reading). The Community Rehabilitation Companies' contracts ended in June 2021, sentence management passing to the National Probation Service from 26 June 2021 (House of Commons Library); the Schedule's entries beyond its first not seen in the stored copy", Confidence.Confirmed)
        {
            Quotes =
            [
                new("Regulation 18 … SCHEDULE … RELEVANT AGENCIES … Education and childcare … 1. The proprietor of an Academy school within the meaning given by section 1A of the Academies Act 2010",
                    "SI 2018/789, Schedule, point-in-time view as at 29 June 2018 (superseded 6 November 2023; extent notes 'E+W' and footnote marks omitted; later entries not seen in the stored copy)",
                    "https://legislation.gov.uk/uksi/2018/789/schedules/2018-06-29"),
                new("The safeguarding partners for each local authority area are the local authority, clinical commissioning group and chief officer of police. The Regulations also specify relevant agencies for the purposes of section 16E(3) of the Act.",
                    "SI 2018/789, Explanatory Note (which says it is not part of the Regulations)",
                    "https://www.legislation.gov.uk/uksi/2018/789/note/made"),
                new("A new model for probation services in England and Wales will be brought in from June 2021 when current contracts for Community Rehabilitation Companies end. Under the new model, from 26 June 2021, all sentence management for low, medium and high-risk offenders will be carried out by the National Probation Service.",
                    "House of Commons Library, briefing CBP-9252, 'Probation services'",
                    "https://commonslibrary.parliament.uk/research-briefings/cbp-9252/"),
            ],
        },
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            foreach (var agency in arrangements.Agencies)
            {
                if (agency.Ceased is not { } ceased || ceased.On > to)
                {
                    continue;
                }

                var start = LocalDate.Max(from, ceased.On);
                var seats = arrangements.Bodies.Count(b => b.Members.Any(m => m.AgencyId == agency.Id));
                yield return Found(context, Severity.Warning, Subject.Agency(agency.Id), start, to,
                    $"{arrangements.Title} still names {agency.Name} ({seats} seat(s)), which ceased to exist on {ceased.On:uuuu-MM-dd}; update the published arrangements.",
                    new("agency", agency.Id), new("ceasedOn", $"{ceased.On:uuuu-MM-dd}"), new("source", ceased.Source), new("arrangements", arrangements.Title));
            }
        }
    }
}
