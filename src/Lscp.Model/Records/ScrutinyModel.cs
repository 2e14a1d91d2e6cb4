namespace Lscp.Model.Records;

/// <summary>How a partnership arranges independent scrutiny: local models vary, so this is data, not code.</summary>
public enum ScrutinyModel
{
    /// <summary>An independent scrutineer.</summary>
    Scrutineer,

    /// <summary>An independent chair who is also the scrutineer.</summary>
    IndependentChairAndScrutineer,

    /// <summary>A commissioned body or panel.</summary>
    Commissioner,
}
