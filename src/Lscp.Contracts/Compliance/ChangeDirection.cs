using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>Which way a measure moved from the previous period to this one.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChangeDirection>))]
public enum ChangeDirection
{
    /// <summary><c>up</c>: higher this period.</summary>
    Up,

    /// <summary><c>down</c>: lower this period.</summary>
    Down,

    /// <summary><c>same</c>: unchanged.</summary>
    Same,

    /// <summary><c>notComparable</c>: one period has nothing to measure.</summary>
    NotComparable,
}
