using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>An agency's sector, as the partnership document names it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AgencyKind>))]
public enum AgencyKind
{
    /// <summary><c>localAuthority</c>.</summary>
    LocalAuthority,

    /// <summary><c>integratedCareBoard</c> (a clinical commissioning group before 1 July 2022).</summary>
    IntegratedCareBoard,

    /// <summary><c>police</c>.</summary>
    Police,

    /// <summary><c>education</c>.</summary>
    Education,

    /// <summary><c>healthProvider</c>.</summary>
    HealthProvider,

    /// <summary><c>probation</c>.</summary>
    Probation,

    /// <summary><c>housing</c>.</summary>
    Housing,

    /// <summary><c>publicHealth</c>.</summary>
    PublicHealth,

    /// <summary><c>voluntaryOrFaith</c>.</summary>
    VoluntaryOrFaith,

    /// <summary><c>electedMember</c>.</summary>
    ElectedMember,

    /// <summary><c>other</c>.</summary>
    Other,
}
