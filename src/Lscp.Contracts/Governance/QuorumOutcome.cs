using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>Whether a meeting was quorate: three values, as a body that sets no quorum is neither quorate nor inquorate.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<QuorumOutcome>))]
public enum QuorumOutcome
{
    /// <summary><c>quorate</c>: every condition of the body's quorum rule held.</summary>
    Quorate,

    /// <summary><c>notQuorate</c>: at least one condition failed (see missing).</summary>
    NotQuorate,

    /// <summary><c>noRule</c>: the body sets no quorum, so quorum is not assessed.</summary>
    NoRule,
}
