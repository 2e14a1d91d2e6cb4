using System.Collections.Immutable;
using Lscp.Model;
using NodaTime;

namespace Lscp.Rules.Governance;

/// <summary>
/// The relevant agencies register on a date: the agencies the arrangements in force name (Children Act 2004 s16E(3)),
/// each with its place in the Schedule of SI 2018/789. An agency leaves the register on the day it ceases to exist, even
/// while the arrangements still name it (DUTY-AGENCY-01 reports that).
/// </summary>
public static class RelevantAgencyRegister
{
    /// <summary>The register on <paramref name="date"/>, in the order the arrangements list the agencies.</summary>
    /// <exception cref="NoArrangementsInForceException">The date is before the partnership's first arrangements.</exception>
    public static ImmutableArray<RegisteredAgency> On(Partnership partnership, LocalDate date)
    {
        Guard.Against.Null(partnership);
        return [.. partnership.ArrangementsOn(date).Agencies
            .Where(a => a.Role == AgencyRole.RelevantAgency && !(a.Ceased?.On <= date))
            .Select(a => new RegisteredAgency(a))];
    }

    /// <summary>The relevant agencies the arrangements in force on <paramref name="date"/> still name although they ceased on or before it.</summary>
    /// <exception cref="NoArrangementsInForceException">The date is before the partnership's first arrangements.</exception>
    public static ImmutableArray<Agency> CeasedOn(Partnership partnership, LocalDate date)
    {
        Guard.Against.Null(partnership);
        return [.. partnership.ArrangementsOn(date).Agencies.Where(a => a.Role == AgencyRole.RelevantAgency && a.Ceased?.On <= date)];
    }
}
