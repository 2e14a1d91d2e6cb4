using System.Collections.Immutable;
using Lscp.Model;

namespace Lscp.Rules.Governance;

/// <summary>One entry of the relevant agencies register on a date.</summary>
/// <param name="Agency">The agency, as the arrangements in force name it.</param>
public sealed record RegisteredAgency(Agency Agency)
{
    /// <summary>In the Schedule, outside it, or not recorded: read from the agency's <see cref="Model.Agency.Schedule"/>.</summary>
    public ScheduleStanding Standing => Agency.Schedule switch
    {
        null => ScheduleStanding.NotRecorded,
        { IsOutsideSchedule: true } => ScheduleStanding.OutsideSchedule,
        _ => ScheduleStanding.InSchedule,
    };

    /// <summary>The Schedule paragraphs it is listed under, with their categories where this library holds them (null where not).</summary>
    public ImmutableArray<(int Paragraph, ScheduleCategory? Category)> Paragraphs =>
        Agency.Schedule is { } listing ? [.. listing.Paragraphs.Select(p => (p, RelevantAgencySchedule.Find(p)))] : [];
}
