using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Rules.Governance;

/// <summary>
/// Who is accountable for an act on a date, from the person who acted to the statutory partner: person, post,
/// delegation (if any), accountable lead, partner. Functions may be delegated; accountability may not, so the chain
/// always ends with the lead and the partner, or says why it cannot.
/// </summary>
/// <param name="Date">The day of the act.</param>
/// <param name="Steps">The links, from the person to the partner.</param>
/// <param name="AccountableAgencyId">The statutory partner accountable, or null when the act was not done for one.</param>
/// <param name="AccountableLeadPostId">The lead's post, or null with <paramref name="AccountableAgencyId"/>.</param>
/// <param name="Explanation">The answer in a sentence.</param>
/// <param name="Citation">The rule behind the answer.</param>
public sealed record AccountabilityChain(
    LocalDate Date,
    ImmutableArray<AccountabilityStep> Steps,
    string? AccountableAgencyId,
    string? AccountableLeadPostId,
    string Explanation,
    string Citation)
{
    /// <summary>The links, from the person to the partner (compared item by item).</summary>
    public ImmutableArray<AccountabilityStep> Steps { get => _steps.Items; init => _steps = value; }

    private readonly ValueArray<AccountabilityStep> _steps = Steps;
}
