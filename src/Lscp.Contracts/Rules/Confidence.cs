using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>How sure we are of a rule's source.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Confidence>))]
public enum Confidence
{
    /// <summary><c>confirmed</c>: confirmed in law, or in the guidance's own words.</summary>
    Confirmed,

    /// <summary><c>likely</c>: widely stated by partnerships, the exact wording not seen. Its values are parameters.</summary>
    Likely,

    /// <summary><c>localPractice</c>: the practice of one or a few partnerships. Its values are parameters.</summary>
    LocalPractice,
}
