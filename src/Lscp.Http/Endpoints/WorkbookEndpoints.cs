using System.Buffers;
using Lscp.Adapters;
using Lscp.Contracts;
using Lscp.Http.Input;
using Lscp.Http.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SpreadCheetah;

namespace Lscp.Http.Endpoints;

/// <summary>
/// <c>POST /v1/workbooks</c>: tables written as one spreadsheet (.xlsx), a sheet each. The analysts' page sends the
/// findings, clocks and measures of the report on its screen, the same tables it writes as CSV, so that the columns are
/// defined once; SpreadCheetah writes the file as it goes (trim-safe, no formula ever: a string cell is text).
/// </summary>
internal static class WorkbookEndpoints
{
    /// <summary>The media type of an .xlsx file.</summary>
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A spreadsheet's own limits: a sheet's name, the text of one cell.</summary>
    private const int MaxSheetName = 31, MaxCellText = 32_767, MaxSheets = 16, MaxColumns = 256;

    private static readonly SearchValues<char> NotInSheetNames = SearchValues.Create("[]:*?/\\");

    public static RouteGroupBuilder MapWorkbookEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapPost("/workbooks", Workbook).WithName("WriteWorkbook").ProducesProblems([.. ProblemMetadata.Input, .. ProblemMetadata.Body]).WithTags("Compliance")
            .WithMetadata(new JsonBodyMetadata(typeof(WorkbookRequest)))
            .WithSummary("Tables as one spreadsheet (.xlsx)")
            .WithDescription("Body: sheets (1 to 16), each with a name (1 to 31 characters, none of [ ] : * ? / \\), its columns and its rows, each row as long as the columns; a cell is a string (written as text, never a formula) or a number (written as a number), an empty string an empty cell. The analysts' page sends a report's findings, clocks and measures, the tables of its CSV files.")
            .Produces<string>(StatusCodes.Status200OK, Xlsx);
        return v1;
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Workbook(HttpContext http, IOptions<LscpOptions> options)
    {
        var (request, refused) = await JsonBody.ReadAsync(http, LscpJsonContext.Default.WorkbookRequest, options.Value.MaxRequestBodyBytes);
        if (request is null)
        {
            return refused!;
        }

        var errors = new InputProblems();
        Check(request, errors, options.Value.MaxListItems);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        return TypedResults.Stream(async body =>
        {
            // Written to memory first: the zip writer beneath ends each entry with a synchronous write, which Kestrel refuses
            // on a response (the test server allows it, the browser test saw the truncated file). The file is bounded by the
            // request's own size limit.
            using var file = new MemoryStream();
            await Write(request, file, http.RequestAborted);
            file.Position = 0;
            await file.CopyToAsync(body, http.RequestAborted);
        }, Xlsx, "report.xlsx");
    }

    private static async Task Write(WorkbookRequest request, Stream file, CancellationToken cancellationToken)
    {
        // Each cell names its place (A1, B1, ...): optional in the format, but some readers need it.
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(file, new SpreadCheetahOptions { WriteCellReferenceAttributes = true }, cancellationToken))
        {
            foreach (var sheet in request.Sheets!)
            {
                await spreadsheet.StartWorksheetAsync(sheet.Name!, token: cancellationToken);
                await spreadsheet.AddRowAsync([.. sheet.Columns!.Select(c => new Cell(c))], cancellationToken);
                foreach (var row in sheet.Rows!)
                {
                    await spreadsheet.AddRowAsync([.. row.Select(CellOf)], cancellationToken);
                }
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }
    }

    private static Cell CellOf(WorkbookCell value) => value.Number is { } number ? new Cell(number) : new Cell(value.Text);

    /// <summary>Every problem of the request at its path: the sheets' count, names and columns, each row's length and each cell's kind.</summary>
    private static void Check(WorkbookRequest request, InputProblems errors, int maxRows)
    {
        if (request.Sheets is not { Count: > 0 and <= MaxSheets } sheets)
        {
            errors.Invalid("$.sheets", $"give 1 to {MaxSheets} sheets.");
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < sheets.Count; s++)
        {
            var path = $"$.sheets[{s}]";
            var sheet = sheets[s];
            if (sheet.Name is not { Length: > 0 and <= MaxSheetName } name || name.AsSpan().ContainsAny(NotInSheetNames) || name.Trim() != name || name.StartsWith('\''))
            {
                errors.Invalid($"{path}.name", $"is required: 1 to {MaxSheetName} characters, none of [ ] : * ? / \\, no space or apostrophe at either end.");
            }
            else if (!names.Add(name))
            {
                errors.Invalid($"{path}.name", $"'{name}' names an earlier sheet too; each sheet needs its own name.");
            }

            if (sheet.Columns is not { Count: > 0 and <= MaxColumns } columns)
            {
                errors.Invalid($"{path}.columns", $"give 1 to {MaxColumns} column names.");
                continue;
            }

            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Length > MaxCellText)
                {
                    errors.Invalid($"{path}.columns[{c}]", $"is longer than a cell holds ({MaxCellText} characters).");
                }
            }

            if (sheet.Rows is not { } rows || rows.Count > maxRows)
            {
                errors.Invalid($"{path}.rows", $"is required: 0 to {maxRows} rows.");
                continue;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                if (rows[r].Count != columns.Count)
                {
                    errors.Invalid($"{path}.rows[{r}]", $"has {rows[r].Count} cells; the sheet has {columns.Count} columns.");
                    continue;
                }

                for (var c = 0; c < rows[r].Count; c++)
                {
                    var cell = rows[r][c];
                    var problem = !cell.IsValid ? "must be a string or a number."
                        : cell.Text is { Length: > MaxCellText } ? $"is longer than a cell holds ({MaxCellText} characters)."
                        : null;
                    if (problem is not null)
                    {
                        errors.Invalid($"{path}.rows[{r}][{c}]", problem);
                    }
                }
            }
        }
    }
}
