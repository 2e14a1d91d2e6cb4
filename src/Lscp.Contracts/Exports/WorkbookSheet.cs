namespace Lscp.Contracts;

/// <summary>One sheet: a header row of column names, then the rows.</summary>
/// <param name="Name">The sheet's tab: 1 to 31 characters, none of <c>[ ] : * ? / \</c> (a spreadsheet's own limits).</param>
/// <param name="Columns">The column names, written as the first row.</param>
/// <param name="Rows">The rows, each as long as <paramref name="Columns"/>: a cell is a string (written as text, never read
/// as a formula or a number), a number (written as a number), or null (left empty).</param>
public sealed record WorkbookSheet(string? Name, IReadOnlyList<string>? Columns, IReadOnlyList<IReadOnlyList<WorkbookCell>>? Rows);
