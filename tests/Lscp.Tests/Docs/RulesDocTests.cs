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
        md.AppendLine("differ. Each rule quotes the public words it applies, with where they are and the page they were read on; a rule for");
        md.AppendLine("which no public text was found says so. Confidence, as the words found support it: **C** the law's own words, or the");
        md.AppendLine("guidance's own words quoted alike by several partnerships; **L** the guidance as partnerships state or summarise it,");
        md.AppendLine("its exact words not seen; **P** local practice, or no public text found. A parameter's default is the cited text's");
        md.AppendLine("own number unless it says it is this library's assumption: a finding that uses such a default is listed to confirm and");
        md.AppendLine("not counted in the verdict. Each rule lives in a file named by its id: `find src -name 'TS-RAPID-01*'`. A partnership");
        md.AppendLine("changes a parameter for a period, or suspends a rule for dated days, with a rulebook document");
        md.AppendLine("([dotnet.md](dotnet.md#governance-questions-and-compliance)).");
        foreach (var (area, rules) in new[] { ("Governance", RuleCatalogue.Governance), ("Duties beyond the clocks", RuleCatalogue.Duties), ("Learning from practice", RuleCatalogue.Learning), ("Statutory clocks", RuleCatalogue.Timescales) })
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"## {area}");
            md.AppendLine();
            md.AppendLine("| rule | what it checks | confidence | applies |");
            md.AppendLine("|---|---|---|---|");
            foreach (var rule in rules)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| [{rule.Id}](#{rule.Id.ToLowerInvariant()}) | {Cell(rule.Title)} | {Letter(rule.Citation.Confidence)} | {Applies(rule)} |");
            }

            foreach (var rule in rules)
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"### {rule.Id}");
                md.AppendLine();
                Wrap(md, string.Empty, $"{rule.Title}. Applies {Applies(rule)}.");
                md.AppendLine();
                Wrap(md, string.Empty, $"Source ({Letter(rule.Citation.Confidence)}): {rule.Citation.Source}.");
                if (!rule.Citation.Quotes.IsEmpty)
                {
                    md.AppendLine();
                    md.AppendLine("The words:");
                    md.AppendLine();
                }

                foreach (var quote in rule.Citation.Quotes)
                {
                    Wrap(md, "- ", $"“{quote.Words}” {quote.Where}: <{quote.Url}>");
                }

                if (rule.Citation.Quotes.IsEmpty)
                {
                    md.AppendLine();
                    md.AppendLine("No public text was found for this rule in the stored public copies searched.");
                }

                foreach (var p in rule.Parameters)
                {
                    md.AppendLine();
                    var value = p.DefaultValue is null ? "not set: the rule is off until the partnership sets it" : $"default {p.DefaultValue}{(p.DefaultBasis is { } basis ? $" (this library's assumption, to confirm: {basis.Note})" : " (from the cited text, or a counting convention stated with each finding)")}";
                    var choices = p.Choices.IsDefaultOrEmpty ? string.Empty : $" Choices: {string.Join(", ", p.Choices)}.";
                    Wrap(md, string.Empty, $"Parameter `{p.Name}`, {value}: {p.Description}{choices}");
                }
            }
        }

        return md.ToString();
    }

    /// <summary>Appends <paramref name="text"/> wrapped at 120 columns, the first line after <paramref name="lead"/>, the rest indented to it.</summary>
    private static void Wrap(StringBuilder md, string lead, string text)
    {
        var line = new StringBuilder(lead);
        var indent = new string(' ', lead.Length);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > 120)
            {
                md.AppendLine(line.ToString());
                line.Clear().Append(indent);
            }

            line.Append(line.Length > indent.Length || (lead.Length > 0 && line.Length > lead.Length) ? " " : string.Empty).Append(word);
        }

        md.AppendLine(line.ToString());
    }

    private static string Letter(Confidence confidence) => confidence switch { Confidence.Confirmed => "C", Confidence.Likely => "L", _ => "P" };

    private static string Applies(RuleDefinition rule)
    {
        var from = rule.Edition == Lscp.Model.GuidanceEdition.WorkingTogether2023
            ? $"from the partnership's Working Together 2023 arrangements ({rule.AppliesDuring.Start:uuuu-MM-dd} at the earliest, 2025-01-01 at the latest)"
            : $"from {rule.AppliesDuring.Start:uuuu-MM-dd}";
        return rule.AppliesDuring.End is { } end ? $"{from} to {end:uuuu-MM-dd}" : from;
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
