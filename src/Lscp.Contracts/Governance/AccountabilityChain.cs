using NodaTime;

namespace Lscp.Contracts;

/// <summary>Who is accountable for an act on a date, from the person who acted to the statutory partner.</summary>
/// <param name="Date">The day of the act.</param>
/// <param name="Steps">The links, from the person to the partner.</param>
/// <param name="AccountableAgencyId">The statutory partner accountable; absent when the act was not done for one.</param>
/// <param name="AccountableLeadPostId">The lead's post; absent with <paramref name="AccountableAgencyId"/>.</param>
/// <param name="Explanation">The answer in a sentence.</param>
/// <param name="Citation">The rule behind the answer.</param>
public sealed record AccountabilityChain(LocalDate Date, IReadOnlyList<AccountabilityStep> Steps, string? AccountableAgencyId, string? AccountableLeadPostId, string Explanation, string Citation);
