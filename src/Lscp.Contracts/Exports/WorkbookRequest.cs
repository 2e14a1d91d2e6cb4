namespace Lscp.Contracts;

/// <summary>
/// Tables to write as one spreadsheet (.xlsx), a sheet each, as the analysts' page sends the findings, clocks and
/// measures of a report it has on screen: the page defines the tables once, for its CSV files and for this.
/// </summary>
/// <param name="Sheets">The sheets, in order (1 to 16).</param>
public sealed record WorkbookRequest(IReadOnlyList<WorkbookSheet>? Sheets);
