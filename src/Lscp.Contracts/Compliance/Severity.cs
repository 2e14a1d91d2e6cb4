using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>How serious a finding is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Severity>))]
public enum Severity
{
    /// <summary><c>information</c>: for the record, nothing is wrong.</summary>
    Information,

    /// <summary><c>warning</c>: short of a breach, but worth attention.</summary>
    Warning,

    /// <summary><c>breach</c>: a rule was broken.</summary>
    Breach,
}
