namespace Lscp.Contracts;

/// <summary>The words the guidance in force on a date uses for the roles.</summary>
/// <param name="Edition">The edition in force.</param>
/// <param name="LeadTitle">"lead representative" (2018) or "Lead Safeguarding Partner" (2023).</param>
/// <param name="DelegateTitle">"senior officer" (2018) or "Delegated Safeguarding Partner" (2023).</param>
/// <param name="HealthPartnerTitle">The health partner: a CCG until 30 June 2022, an ICB from 1 July 2022.</param>
public sealed record Terminology(GuidanceEdition Edition, string LeadTitle, string DelegateTitle, string HealthPartnerTitle);
