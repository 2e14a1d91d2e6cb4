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
        new("The Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (SI 2018/789), regulation 18 and the Schedule: relevant agencies are the persons the Schedule specifies; an agency that ceases to exist can no longer be one (the Community Rehabilitation Companies ended on 26 June 2021)", Confidence.Confirmed)
        {
            Quotes =
            [
                new("The safeguarding partners for each local authority area are the local authority, clinical commissioning group and chief officer of police. The Regulations also specify relevant agencies for the purposes of section 16E(3) of the Act.",
                    "SI 2018/789, Explanatory Note",
                    "https://www.legislation.gov.uk/uksi/2018/789/note/made"),
                new("Under the new model, from 26 June 2021, all sentence management for low, medium and high-risk offenders will be carried out by the National Probation Service.",
                    "House of Commons Library, briefing CBP-9252, on the end of the Community Rehabilitation Companies' contracts",
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
