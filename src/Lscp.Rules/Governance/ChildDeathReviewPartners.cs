using System.Collections.Immutable;
using Lscp.Model;
using NodaTime;

namespace Lscp.Rules.Governance;

/// <summary>
/// The child death review partners (Children Act 2004 s16Q): the local authority and the integrated care board (a CCG
/// before 1 July 2022) only, a different set from the three safeguarding partners, as the arrangements in force name them.
/// </summary>
public static class ChildDeathReviewPartners
{
    /// <summary>The law that names them.</summary>
    public const string Source = "Children Act 2004, s16Q (inserted by the Children and Social Work Act 2017): the child death review partners are the local authority and the integrated care board (a clinical commissioning group before 1 July 2022)";

    /// <summary>The child death review partners on <paramref name="date"/>: the statutory partners that are a local authority or an ICB (or CCG).</summary>
    /// <exception cref="NoArrangementsInForceException">The date is before the partnership's first arrangements.</exception>
    public static ImmutableArray<Agency> On(Partnership partnership, LocalDate date)
    {
        Guard.Against.Null(partnership);
        return [.. partnership.ArrangementsOn(date).StatutoryPartners.Where(a => a.Kind is AgencyKind.LocalAuthority or AgencyKind.IntegratedCareBoard)];
    }
}
