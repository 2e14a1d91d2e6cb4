using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>The family a rule belongs to.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RuleArea>))]
public enum RuleArea
{
    /// <summary><c>governance</c>: accountability, delegation, quorum, chairing, cadence and attendance.</summary>
    Governance,

    /// <summary><c>timescale</c>: statutory clocks on case reviews and the yearly report.</summary>
    Timescale,

    /// <summary><c>learning</c>: learning from practice: review and audit recommendations, their actions and impact, and multi-agency audits.</summary>
    Learning,
}
