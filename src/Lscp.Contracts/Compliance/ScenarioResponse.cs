namespace Lscp.Contracts;

/// <summary>A scenario file's compliance report: its name and description as the file gives them, and the report.</summary>
/// <param name="Name">The scenario's name; absent when the file gives none.</param>
/// <param name="Description">What the scenario is about; absent when the file gives none.</param>
/// <param name="Report">The compliance report of the file's partnership, records, period and date, as <c>/v1/compliance</c> answers it.</param>
public sealed record ScenarioResponse(string? Name, string? Description, ComplianceResponse Report);
