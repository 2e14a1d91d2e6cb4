using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lscp.Client;
using Lscp.Contracts;

namespace Lscp.Tests.Http;

/// <summary>
/// <c>POST /v1/workbooks</c>: the tables come back as an .xlsx file that the Open XML SDK (not the writer) reads, a sheet
/// each, strings as text (never a formula), numbers as numbers; and every problem of the tables is named at its path.
/// </summary>
public sealed class WorkbookTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    [Fact]
    public async Task The_tables_come_back_as_a_spreadsheet_a_sheet_each()
    {
        var request = new WorkbookRequest(
        [
            new WorkbookSheet("Findings", ["rule_id", "message", "count"], [
                [WorkbookCell.Of("GOV-QUORUM-01"), WorkbookCell.Of("=1+1, \"quoted\""), WorkbookCell.Of(3)],
                [WorkbookCell.Of("TS-RAPID-01"), WorkbookCell.Of(string.Empty), WorkbookCell.Of(2.5)],
            ]),
            new WorkbookSheet("Clocks", ["rule_id"], []),
        ]);
        var client = LscpClientFactory.Create(factory.CreateClient());
        await using var file = await client.WriteWorkbookAsync(request);
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        copy.Position = 0;

        using var workbook = SpreadsheetDocument.Open(copy, false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Findings", "Clocks"], sheets.Select(s => s.Name!.Value));
        var rows = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["rule_id", "message", "count"], rows[0].Elements<Cell>().Select(Text));
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("=1+1, \"quoted\"", Text(first[1]));
        Assert.Empty(rows[1].Descendants<CellFormula>());
        Assert.True(first[2].DataType is null || first[2].DataType!.Value == CellValues.Number);
        Assert.Equal("3", first[2].CellValue!.Text);
        Assert.Equal("2.5", rows[2].Elements<Cell>().Last().CellValue!.Text);
        Assert.Single(((WorksheetPart)part.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>());
    }

    [Fact]
    public async Task The_answer_is_an_xlsx_file_to_save()
    {
        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/workbooks", UriKind.Relative),
            new StringContent("""{"sheets":[{"name":"Measures","columns":["kind"],"rows":[["body"]]}]}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("report.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Every_problem_of_the_tables_is_named_at_its_path()
    {
        const string body = """
            {"sheets":[
              {"name":"Findings","columns":["a","b","c"],"rows":[["x",1,true],["too short"]]},
              {"name":"findings","columns":["a"],"rows":[]},
              {"name":"What? [1]","columns":[],"rows":[]}
            ]}
            """;
        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/workbooks", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray()
            .Select(e => $"{(string?)e!["path"]}: {(string?)e["message"]}").ToList();
        Assert.Contains(errors, e => e.StartsWith("$.sheets[0].rows[0][2]: must be a string or a number", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.sheets[0].rows[1]: has 1 cells; the sheet has 3 columns", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.sheets[1].name: 'findings' names an earlier sheet too", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.sheets[2].name: is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.sheets[2].columns: give 1 to 256 column names", StringComparison.Ordinal));
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public async Task No_sheets_is_a_problem_at_sheets()
    {
        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/workbooks", UriKind.Relative), new StringContent("""{"sheets":[]}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"$.sheets\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A cell's text as a spreadsheet shows it: an inline string, a shared string (not used here) or a value.</summary>
    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}
