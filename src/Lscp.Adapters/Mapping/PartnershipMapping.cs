using Lscp.Model;
using Lscp.Rules.Governance;
using C = Lscp.Contracts;
using NodaTime;

namespace Lscp.Adapters;

/// <summary>Partnership answers, from the model's types to the wire's.</summary>
public static class PartnershipMapping
{
    /// <summary>A partnership's id, name, areas and dated versions, on the wire.</summary>
    public static C.PartnershipSummary ToSummary(this Partnership partnership) => new(
        partnership.Id,
        partnership.Name,
        [.. partnership.Areas],
        [.. partnership.Versions.Select(v => new C.VersionSummary(v.EffectiveFrom, partnership.PeriodOf(v).End, v.Title))]);

    /// <summary>The arrangements in force on a date, on the wire, with the words of the guidance and the chairs the rules gave for that day.</summary>
    public static C.ArrangementsResponse ToArrangementsResponse(this Partnership partnership, Arrangements version, LocalDate date, Terminology words, IEnumerable<ChairAssignment> chairs)
    {
        Guard.Against.Null(partnership);
        Guard.Against.Null(words);
        Guard.Against.Null(chairs);
        var period = partnership.PeriodOf(version);
        return new(partnership.Id, date, period.Start, period.End, words.ToContract(), PartnershipJson.ToDocument(version), [.. chairs.Select(c => c.ToContract())]);
    }

    /// <summary>The guidance edition's titles for the partners, on the wire.</summary>
    public static C.Terminology ToContract(this Terminology words) => new(
        words.Edition switch
        {
            GuidanceEdition.WorkingTogether2018 => C.GuidanceEdition.WorkingTogether2018,
            GuidanceEdition.WorkingTogether2023 => C.GuidanceEdition.WorkingTogether2023,
        },
        words.LeadTitle,
        words.DelegateTitle,
        words.HealthPartnerTitle);

    /// <summary>The relevant agencies on a date, each with its standing in the Schedule, and those that ceased, as the rules found them, on the wire.</summary>
    public static C.RelevantAgenciesResponse ToRelevantAgenciesResponse(this Partnership partnership, LocalDate date, IEnumerable<RegisteredAgency> registered, IEnumerable<Agency> ceased)
    {
        Guard.Against.Null(partnership);
        Guard.Against.Null(registered);
        Guard.Against.Null(ceased);
        return new(
            partnership.Id,
            date,
            RelevantAgencySchedule.Source,
            [.. registered.Select(r => new C.RelevantAgency(
                r.Agency.Id,
                r.Agency.Name,
                r.Agency.Kind.ToContract(),
                r.Standing switch
                {
                    ScheduleStanding.InSchedule => C.ScheduleStanding.InSchedule,
                    ScheduleStanding.OutsideSchedule => C.ScheduleStanding.OutsideSchedule,
                    ScheduleStanding.NotRecorded => C.ScheduleStanding.NotRecorded,
                },
                [.. r.Paragraphs.Select(p => new C.ScheduleParagraph(p.Paragraph, p.Category?.Heading, p.Category?.Description))],
                r.Agency.Schedule?.ToContract()))],
            [.. ceased.Select(a => new C.CeasedAgency(a.Id, a.Name, a.Ceased!.On, a.Ceased.Source))]);
    }

    /// <summary>The child death review partners on a date, as the rules found them, on the wire.</summary>
    public static C.ChildDeathReviewPartnersResponse ToChildDeathReviewPartnersResponse(this Partnership partnership, LocalDate date, IEnumerable<Agency> partners)
    {
        Guard.Against.Null(partnership);
        Guard.Against.Null(partners);
        return new(partnership.Id, date, ChildDeathReviewPartners.Source, [.. partners.Select(a => new C.PartnerAgency(a.Id, a.Name, a.Kind.ToContract()))]);
    }

    /// <summary>An agency kind by name on the wire; every member is mapped, so a new one is a compile error here.</summary>
    public static C.AgencyKind ToContract(this AgencyKind kind) => kind switch
    {
        AgencyKind.LocalAuthority => C.AgencyKind.LocalAuthority,
        AgencyKind.IntegratedCareBoard => C.AgencyKind.IntegratedCareBoard,
        AgencyKind.Police => C.AgencyKind.Police,
        AgencyKind.Education => C.AgencyKind.Education,
        AgencyKind.HealthProvider => C.AgencyKind.HealthProvider,
        AgencyKind.Probation => C.AgencyKind.Probation,
        AgencyKind.Housing => C.AgencyKind.Housing,
        AgencyKind.PublicHealth => C.AgencyKind.PublicHealth,
        AgencyKind.VoluntaryOrFaith => C.AgencyKind.VoluntaryOrFaith,
        AgencyKind.ElectedMember => C.AgencyKind.ElectedMember,
        AgencyKind.Other => C.AgencyKind.Other,
    };
}
