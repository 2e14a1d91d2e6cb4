using Lscp.Model;
using Lscp.Model.Serialization;
using C = Lscp.Contracts;
using NodaTime;

namespace Lscp.Http.Mapping;

/// <summary>Partnership answers, from the model's types to the wire's.</summary>
internal static class PartnershipMapping
{
    public static C.PartnershipSummary ToSummary(this Partnership partnership) => new(
        partnership.Id,
        partnership.Name,
        [.. partnership.Areas],
        [.. partnership.Versions.Select(v => new C.VersionSummary(v.EffectiveFrom, partnership.PeriodOf(v).End, v.Title))]);

    public static C.ArrangementsResponse ToArrangementsResponse(this Partnership partnership, Arrangements version, LocalDate date)
    {
        var period = partnership.PeriodOf(version);
        var document = PartnershipJson.ToDocument(version);
        // Safeguarding partners came into force on 29 June 2018; a version's words are never older than that.
        var words = Terminology.On(date < Terminology.SafeguardingPartnersInForce ? Terminology.SafeguardingPartnersInForce : date);
        return new(partnership.Id, date, period.Start, period.End, words.ToContract(), document);
    }

    public static C.Terminology ToContract(this Terminology words) => new(
        words.Edition switch
        {
            GuidanceEdition.WorkingTogether2018 => C.GuidanceEdition.WorkingTogether2018,
            GuidanceEdition.WorkingTogether2023 => C.GuidanceEdition.WorkingTogether2023,
            _ => throw new ArgumentOutOfRangeException(nameof(words), words.Edition, "An edition the wire format does not name."),
        },
        words.LeadTitle,
        words.DelegateTitle,
        words.HealthPartnerTitle);
}
