using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>The report's summary verdict.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Verdict>))]
public enum Verdict
{
    /// <summary><c>compliant</c>: no breach and no warning.</summary>
    Compliant,

    /// <summary><c>compliantWithWarnings</c>: no breach, but warnings to attend to.</summary>
    CompliantWithWarnings,

    /// <summary><c>notCompliant</c>: at least one breach.</summary>
    NotCompliant,

    /// <summary><c>notAssessed</c>: nothing in the period could be assessed (see summary and notes).</summary>
    NotAssessed,
}
