namespace Lscp.Model;

/// <summary>The sector an agency belongs to.</summary>
public enum AgencyKind
{
    /// <summary>A local authority, or one of its services listed as a member in its own right.</summary>
    LocalAuthority,

    /// <summary>An integrated care board; before 1 July 2022, a clinical commissioning group (CCG).</summary>
    IntegratedCareBoard,

    /// <summary>A police force.</summary>
    Police,

    /// <summary>Schools, academies, colleges and education services.</summary>
    Education,

    /// <summary>An NHS trust or other health provider, or a national health body.</summary>
    HealthProvider,

    /// <summary>The probation service and its predecessors.</summary>
    Probation,

    /// <summary>A housing provider or housing service.</summary>
    Housing,

    /// <summary>Public health.</summary>
    PublicHealth,

    /// <summary>A voluntary, community or faith organisation.</summary>
    VoluntaryOrFaith,

    /// <summary>Elected members, such as the lead cabinet member for children.</summary>
    ElectedMember,

    /// <summary>Anything else.</summary>
    Other,
}
