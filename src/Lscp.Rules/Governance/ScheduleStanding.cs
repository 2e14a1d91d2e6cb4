namespace Lscp.Rules.Governance;

/// <summary>Where a registered relevant agency stands against the Schedule of SI 2018/789.</summary>
public enum ScheduleStanding
{
    /// <summary>Listed under one or more Schedule paragraphs.</summary>
    InSchedule,

    /// <summary>Named by the partners outside the Schedule, as they may.</summary>
    OutsideSchedule,

    /// <summary>The arrangements do not record where it stands.</summary>
    NotRecorded,
}
