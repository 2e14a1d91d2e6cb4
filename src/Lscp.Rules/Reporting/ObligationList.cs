using System.Collections.Immutable;
using Lscp.Rules.Compliance;
using NodaTime;

namespace Lscp.Rules.Reporting;

/// <summary>
/// What is due, and when: every obligation open on <see cref="AsOf"/> or falling due by <see cref="Until"/>, overdue ones
/// included, in the order of their latest days; with the rules they cite and the versions that produced the list.
/// </summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="AsOf">The day the list is drawn up on: what is done by then is done.</param>
/// <param name="Until">The last day of the horizon (inclusive).</param>
/// <param name="Obligations">The obligations, by latest day, then rule id and subject.</param>
/// <param name="RulebookVersion">The rulebook's version, local settings included.</param>
/// <param name="CalendarVersion">The working-day calendar's data version.</param>
/// <param name="LibraryVersion">The rules library's version.</param>
public sealed record ObligationList(string PartnershipId, LocalDate AsOf, LocalDate Until, ImmutableArray<Obligation> Obligations, string RulebookVersion, string CalendarVersion, string LibraryVersion)
{
    /// <summary>The obligations (compared item by item).</summary>
    public ImmutableArray<Obligation> Obligations { get => _obligations.Items; init => _obligations = value; }

    private readonly ValueArray<Obligation> _obligations = Obligations;

    /// <summary>Every rule an obligation names, once, in id order (compared item by item).</summary>
    public ImmutableArray<CitedRule> Cited { get => _cited.Items; init => _cited = value; }

    private readonly ValueArray<CitedRule> _cited = ImmutableArray<CitedRule>.Empty;
}
