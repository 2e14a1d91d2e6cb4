using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>The kind of value a rule parameter takes.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ParameterKind>))]
public enum ParameterKind
{
    /// <summary><c>number</c>: a decimal number in invariant form, such as 0.75.</summary>
    Number,

    /// <summary><c>choice</c>: one of the words in choices.</summary>
    Choice,
}
