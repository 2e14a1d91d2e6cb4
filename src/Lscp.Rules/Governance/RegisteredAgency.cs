using System.Collections.Immutable;
using Lscp.Model;

namespace Lscp.Rules.Governance;

/// <summary>One entry of the relevant agencies register on a date.</summary>
/// <param name="Agency">The agency, as the arrangements in force name it.</param>
/// <param name="Standing">In the Schedule, outside it, or not recorded.</param>
public sealed record RegisteredAgency(Agency Agency, ScheduleStanding Standing)
{
    /// <summary>The Schedule paragraphs it is listed under, with their categories where this library holds them (null where not).</summary>
    public ImmutableArray<(int Paragraph, ScheduleCategory? Category)> Paragraphs =>
        Agency.Schedule is { } listing ? [.. listing.Paragraphs.Select(p => (p, RelevantAgencySchedule.Find(p)))] : [];
}
