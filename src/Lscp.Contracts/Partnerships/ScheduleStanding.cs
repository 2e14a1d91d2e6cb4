using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>Where a relevant agency stands against the Schedule of SI 2018/789.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ScheduleStanding>))]
public enum ScheduleStanding
{
    /// <summary><c>inSchedule</c>: listed under one or more Schedule paragraphs.</summary>
    InSchedule,

    /// <summary><c>outsideSchedule</c>: named by the partners outside the Schedule, as they may.</summary>
    OutsideSchedule,

    /// <summary><c>notRecorded</c>: the arrangements do not record where it stands.</summary>
    NotRecorded,
}
