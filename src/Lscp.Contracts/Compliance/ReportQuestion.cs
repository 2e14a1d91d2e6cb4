using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>The support team's three questions, which the measures answer.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ReportQuestion>))]
public enum ReportQuestion
{
    /// <summary><c>howMuch</c>: how much have we done?</summary>
    HowMuch,

    /// <summary><c>howWell</c>: how well have we done it?</summary>
    HowWell,

    /// <summary><c>difference</c>: what difference has it made?</summary>
    Difference,
}
