using System.Globalization;
using System.Text;
using Lscp.Rules.Catalogue;
using Lscp.Tests.Support;

namespace Lscp.Tests.Docs;

/// <summary>docs/rules.md is written from the rule catalogue: this fails (and writes docs/rules.received.md) when they differ.</summary>
public sealed class RulesDocTests
{
    [Fact]
    public void The_rules_page_is_the_catalogue()
    {
        var path = Repository.Path("docs", "rules.md");
        Approval.VerifyFile(Write(), path, Repository.Path("docs", "rules.received.md"), "docs/rules.md");
    }

    private static string Write()
    {
        var md = new StringBuilder();
        md.AppendLine("# Rules");
        md.AppendLine();
        md.AppendLine("Every rule Lscp checks, written from the catalogue (`RuleCatalogue`) by a test that fails when this page and the code");
        md.AppendLine("differ. Confidence: **C** confirmed in statute or guidance, **L** likely (guidance as commonly read), **P** local");
        md.AppendLine("practice or a parameter to confirm. Each rule lives in a file named by its id: `find src -name 'TS-RAPID-01*'`. A");
        md.AppendLine("partnership changes a parameter for a period, or suspends a rule for dated days, with a rulebook document");
        md.AppendLine("([dotnet.md](dotnet.md#governance-questions-and-compliance)).");
        foreach (var (area, rules) in new[] { ("Governance", RuleCatalogue.Governance), ("Duties beyond the clocks", RuleCatalogue.Duties), ("Statutory clocks", RuleCatalogue.Timescales) })
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"## {area}");
            md.AppendLine();
            md.AppendLine("| rule | what it checks | source | confidence | applies | parameters |");
            md.AppendLine("|---|---|---|---|---|---|");
            foreach (var rule in rules)
            {
                var confidence = rule.Citation.Confidence switch { Confidence.Confirmed => "C", Confidence.Likely => "L", _ => "P" };
                var applies = rule.AppliesDuring.End is { } end ? $"{rule.AppliesDuring.Start:uuuu-MM-dd} to {end:uuuu-MM-dd}" : $"from {rule.AppliesDuring.Start:uuuu-MM-dd}";
                var parameters = rule.Parameters.IsEmpty ? "none" : string.Join("; ", rule.Parameters.Select(p => $"`{p.Name}` = {p.DefaultValue}{(p.Choices.IsDefaultOrEmpty ? string.Empty : $" ({string.Join(", ", p.Choices)})")}: {p.Description}"));
                md.AppendLine(CultureInfo.InvariantCulture, $"| {rule.Id} | {Cell(rule.Title)} | {Cell(rule.Citation.Source)} | {confidence} | {applies} | {Cell(parameters)} |");
            }
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
