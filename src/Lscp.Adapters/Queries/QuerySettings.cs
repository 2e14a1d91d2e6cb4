using Lscp.Model;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;

namespace Lscp.Adapters;

/// <summary>What a request is read against: the partnerships served by id, the working-day calendar, the standing rulebook, and the longest period one request may assess.</summary>
/// <param name="Partnerships">The partnerships a request may name by id.</param>
/// <param name="Calendar">The working-day calendar; dates outside its range are refused.</param>
/// <param name="Rulebook">The rulebook a request's own settings and suspensions are applied to.</param>
/// <param name="MaxPeriodYears">The longest period, in years, one request may assess.</param>
public sealed record QuerySettings(IReadOnlyDictionary<string, Partnership> Partnerships, WorkingDayCalendar Calendar, Rulebook Rulebook, int MaxPeriodYears = QuerySettings.DefaultMaxPeriodYears)
{
    /// <summary>The longest period one request may assess unless set otherwise: 10 years.</summary>
    public const int DefaultMaxPeriodYears = 10;

    /// <summary>The built-in partnerships, the England and Wales calendar and the standard rulebook, as the scenario runner reads with.</summary>
    public static QuerySettings BuiltIn => BuiltInSettings.Value;

    private static readonly Lazy<QuerySettings> BuiltInSettings = new(() => new(
        BuiltInPartnerships.All.ToDictionary(p => p.Id, StringComparer.Ordinal),
        WorkingDayCalendar.EnglandAndWales,
        Rulebook.Standard));
}
