using System.Net;
using System.Text;
using System.Text.Json;
using Lscp.Contracts;

namespace Lscp.Scenarios;

/// <summary>
/// One self-contained HTML file per scenario, drawn by the analysts' page's own renderer: the answer the service sends for
/// the file (<see cref="ScenarioResponse"/>, in the contract's JSON) in a <c>script type="application/json"</c> element,
/// the page's <c>report.js</c> and <c>app.css</c> inlined (embedded in this assembly at build time from
/// <c>src/Lscp.Http/Pages</c>, so there is one copy of each), and a few lines that call <c>complianceReport</c> on it. The
/// page and this file show the same report from the same answer; the expectations the runner checked follow it.
/// </summary>
public static class HtmlReport
{
    private static readonly Lazy<string> Script = new(() => Resource("Lscp.Scenarios.Pages.report.js", "</script"));

    private static readonly Lazy<string> Styles = new(() => Resource("Lscp.Scenarios.Pages.app.css", "</style"));

    /// <summary>The answer for <paramref name="outcome"/> as the service sends it for the same file: <c>POST /v1/scenarios</c>.</summary>
    public static ScenarioResponse Answer(ScenarioOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new ScenarioResponse(outcome.Scenario.Name, outcome.Scenario.Description, outcome.Report);
    }

    /// <summary>The page for <paramref name="outcome"/>.</summary>
    public static string Write(ScenarioOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        // The answer's JSON may hold "</" in a string (a note, a name); "<\/" is the same JSON string and cannot end the element.
        var json = JsonSerializer.Serialize(Answer(outcome), LscpJsonContext.Default.ScenarioResponse).Replace("</", "<\\/", StringComparison.Ordinal);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(outcome.Scenario.Name)).Append("</title>\n")
            .Append("<style>\n").Append(Styles.Value).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>Lscp <span class=\"subtitle\">safeguarding partnership governance</span></h1></header>\n<main id=\"main\">\n")
            .Append("<h2>Scenario file ").Append(E(Path.GetFileName(outcome.Scenario.File))).Append(", checked by lscp-scenarios</h2>\n")
            .Append("<div id=\"report\"></div>\n");
        if (outcome.Expectations.Count > 0)
        {
            // The runner's own check of the file's expect block: not part of the answer, so not drawn by the page's renderer.
            html.Append("<section id=\"expectations\">\n<h3>Expectations</h3>\n<div class=\"table-wrap\" tabindex=\"0\"><table>\n")
                .Append("<caption class=\"visually-plain\">Each expectation of the file, checked against the report</caption>\n")
                .Append("<thead><tr><th scope=\"col\">Expectation</th><th scope=\"col\">Result</th><th scope=\"col\">Expected</th><th scope=\"col\">Found</th></tr></thead>\n<tbody>\n");
            foreach (var e in outcome.Expectations)
            {
                html.Append("<tr><td>").Append(E(e.Description)).Append("</td><td class=\"").Append(e.Passed ? "status-met\">pass" : "status-overdue\">FAIL")
                    .Append("</td><td>").Append(E(e.Expected)).Append("</td><td>").Append(E(e.Actual)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table></div>\n</section>\n");
        }

        return html
            .Append("</main>\n")
            .Append("<script type=\"application/json\" id=\"answer\">").Append(json).Append("</script>\n")
            .Append("<script>\n").Append(Script.Value).Append("</script>\n")
            .Append("<script>\n")
            .Append("const answer = JSON.parse(document.getElementById(\"answer\").textContent);\n")
            .Append("show(\"report\", ...complianceReport(answer));\n")
            .Append("document.body.dataset.ready = \"true\";\n")
            .Append("</script>\n</body>\n</html>\n")
            .ToString();
    }

    private static string Resource(string name, string closing)
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in {typeof(HtmlReport).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        return text.Contains(closing, StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException($"{name} holds {closing}, which would end its element in the HTML report.")
            : text;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
