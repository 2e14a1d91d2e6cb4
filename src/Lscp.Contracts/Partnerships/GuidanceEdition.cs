using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>The edition of Working Together to Safeguard Children in force.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<GuidanceEdition>))]
public enum GuidanceEdition
{
    /// <summary><c>workingTogether2018</c>.</summary>
    WorkingTogether2018,

    /// <summary><c>workingTogether2023</c>, from 15 December 2023.</summary>
    WorkingTogether2023,
}
