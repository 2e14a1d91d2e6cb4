using NodaTime;

namespace Lscp.Model;

/// <summary>
/// The words the guidance and the law in force on a date use for the roles, so that an answer about 2021 speaks of a
/// lead representative and a CCG, and one about 2024 of a Lead Safeguarding Partner and an ICB.
/// </summary>
/// <param name="Edition">The Working Together edition in force.</param>
/// <param name="LeadTitle">"lead representative" (WT2018) or "Lead Safeguarding Partner" (WT2023).</param>
/// <param name="DelegateTitle">"senior officer" (WT2018) or "Delegated Safeguarding Partner" (WT2023).</param>
/// <param name="HealthPartnerTitle">"clinical commissioning group (CCG)" until 30 June 2022, "integrated care board (ICB)" from 1 July 2022.</param>
public sealed record Terminology(GuidanceEdition Edition, string LeadTitle, string DelegateTitle, string HealthPartnerTitle)
{
    /// <summary>29 June 2018: the Children and Social Work Act 2017 provisions creating safeguarding partners come into force.</summary>
    public static LocalDate SafeguardingPartnersInForce { get; } = new(2018, 6, 29);

    /// <summary>1 July 2022: integrated care boards replace clinical commissioning groups (Health and Care Act 2022).</summary>
    public static LocalDate IntegratedCareBoardsInForce { get; } = new(2022, 7, 1);

    /// <summary>15 December 2023: Working Together 2023 is published and in force.</summary>
    public static LocalDate WorkingTogether2023InForce { get; } = new(2023, 12, 15);

    /// <summary>
    /// The words for arrangements read on <paramref name="date"/>: those in force that day, or, before 29 June 2018, the
    /// first words there were (a partnership's arrangements are never older than the provisions that created them).
    /// </summary>
    public static Terminology ForArrangementsOn(LocalDate date) => On(date < SafeguardingPartnersInForce ? SafeguardingPartnersInForce : date);

    /// <summary>The words in force on <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 29 June 2018, when safeguarding partners did not yet exist.</exception>
    public static Terminology On(LocalDate date)
    {
        if (date < SafeguardingPartnersInForce)
        {
            throw new ArgumentOutOfRangeException(nameof(date), $"{date:uuuu-MM-dd} is before 29 June 2018, when the safeguarding partner provisions of the Children and Social Work Act 2017 came into force.");
        }

        var health = date < IntegratedCareBoardsInForce ? "clinical commissioning group (CCG)" : "integrated care board (ICB)";
        return date < WorkingTogether2023InForce
            ? new(GuidanceEdition.WorkingTogether2018, "lead representative", "senior officer", health)
            : new(GuidanceEdition.WorkingTogether2023, "Lead Safeguarding Partner", "Delegated Safeguarding Partner", health);
    }
}
