// Runs compliance scenarios: lscp-scenarios check <file or folder>... [--json DIR] [--html DIR] [--due [DAYS]]
// (installed as a .NET tool), or from the repository: dotnet run --project samples/Lscp.Scenarios -- <file or folder>...
// --due prints what is due on each scenario's evaluation date, for the next DAYS days (1 to 366, 90 by default).
// On a batch of more than five files, a progress line per file goes to standard error ([3/40] file: PASS).
// Exit codes: 0 every expectation passed; 1 an expectation failed; 2 a scenario could not be read; 64 bad arguments.
using Lscp.Rules;
using Lscp.Adapters;
using Lscp.Scenarios;

const string Usage = "Usage: lscp-scenarios check <scenario file or folder>... [--json DIR] [--html DIR] [--due [DAYS]]\n"
    + "  (from the repository: dotnet run --project samples/Lscp.Scenarios -- <file or folder>... with the same options)\n"
    + "Exit codes: 0 every expectation passed; 1 an expectation failed; 2 a scenario could not be read; 64 bad arguments.";
var paths = new List<string>();
string? jsonFolder = null, htmlFolder = null;
int? dueDays = null;
// The tool's verb is "check"; the runner run from the repository takes the files straight away, as it always has.
for (var i = args is ["check", ..] ? 1 : 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--json" when i + 1 < args.Length: jsonFolder = args[++i]; break;
        case "--html" when i + 1 < args.Length: htmlFolder = args[++i]; break;
        case "--due":
            dueDays = Lscp.Rules.Reporting.ObligationsHorizon.DefaultDays;
            if (i + 1 < args.Length && int.TryParse(args[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days))
            {
                if (days < 1 || days > Lscp.Rules.Reporting.ObligationsHorizon.MaxDays)
                {
                    Console.Error.WriteLine($"--due {days}: give 1 to {Lscp.Rules.Reporting.ObligationsHorizon.MaxDays} days.");
                    return 64;
                }

                dueDays = days;
                i++;
            }

            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return 0;
        case var option when option.StartsWith("--", StringComparison.Ordinal):
            Console.Error.WriteLine($"Unknown option '{option}' (or it needs a folder after it). Try --help.");
            return 64;
        default: paths.Add(args[i]); break;
    }
}

if (paths.Count == 0)
{
    Console.Error.WriteLine("Give a scenario file or folder, such as samples/scenarios. Try --help.");
    return 64;
}

var failed = 0;
var unreadable = 0;
var files = paths.SelectMany(p =>
{
    try
    {
        return ScenarioRunner.Files(p);
    }
    catch (ScenarioException e)
    {
        Console.Error.WriteLine(e.Message);
        unreadable++;
        return [];
    }
}).ToList();
var done = 0;
void Progress(string file, string result)
{
    done++;
    if (files.Count > 5)
    {
        Console.Error.WriteLine($"[{done}/{files.Count}] {file}: {result}");
    }
}

foreach (var file in files)
{
    Console.WriteLine(new string('=', 100));
    ScenarioOutcome outcome;
    try
    {
        outcome = ScenarioRunner.Run(ScenarioReader.Read(file));
    }
    catch (ScenarioException e)
    {
        Console.WriteLine($"UNREADABLE {e.Message}");
        unreadable++;
        Progress(file, "UNREADABLE");
        continue;
    }

    Console.WriteLine($"SCENARIO {outcome.Scenario.Name} ({file})");
    Console.WriteLine(ComplianceReportText.Render(outcome.Report));
    foreach (var e in outcome.Expectations)
    {
        Console.WriteLine(e.Passed ? $"PASS {e.Description}: {e.Actual}" : $"FAIL {e.Description}: expected {e.Expected}, found {e.Actual}");
    }

    if (dueDays is { } horizon)
    {
        Console.WriteLine(ObligationsText.Render(ScenarioRunner.Due(outcome.Scenario, horizon)));
    }

    failed += outcome.Passed ? 0 : 1;
    Progress(file, outcome.Passed ? "PASS" : "FAIL");
    var stem = Path.GetFileNameWithoutExtension(file);
    if (jsonFolder is not null)
    {
        Directory.CreateDirectory(jsonFolder);
        File.WriteAllText(Path.Combine(jsonFolder, stem + ".json"), ScenarioRunner.Json(outcome));
    }

    if (htmlFolder is not null)
    {
        Directory.CreateDirectory(htmlFolder);
        File.WriteAllText(Path.Combine(htmlFolder, stem + ".html"), HtmlReport.Write(outcome));
    }
}

Console.WriteLine(new string('=', 100));
Console.WriteLine($"Lscp.Rules {LibraryInfo.Version}: {failed} scenario(s) with failed expectations, {unreadable} unreadable.");
return unreadable > 0 ? 2 : failed > 0 ? 1 : 0;
