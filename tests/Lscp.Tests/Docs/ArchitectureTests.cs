using System.Text.RegularExpressions;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Tests.Support;

namespace Lscp.Tests.Docs;

/// <summary>docs/architecture.md says what each package may depend on; this holds the project files to it.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Each_package_references_exactly_what_the_architecture_page_allows()
    {
        var page = File.ReadAllText(Repository.Path("docs", "architecture.md"));
        foreach (var row in Regex.Matches(page, @"^\| `(?<package>Lscp\.\w+)` \| [^|]+ \| (?<deps>[^|]+) \|$", RegexOptions.Multiline).Cast<Match>())
        {
            var package = row.Groups["package"].Value;
            var allowed = Regex.Matches(row.Groups["deps"].Value, @"`(Lscp\.\w+)`").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
            var project = File.ReadAllText(Repository.Path("src", package, $"{package}.csproj"));
            var actual = Regex.Matches(project, @"ProjectReference Include=""[^""]*?(Lscp\.\w+)\.csproj""").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
            Assert.Equal(allowed, actual);
        }

        Assert.Equal(5, Regex.Matches(page, @"^\| `Lscp\.\w+` \|", RegexOptions.Multiline).Count);
    }

    [Fact]
    public void Every_catalogued_rule_has_an_implementation_and_every_implementation_a_definition()
    {
        var implemented = ComplianceRules.All.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        var catalogued = RuleCatalogue.All.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(catalogued, implemented);
        Assert.Equal(implemented.Count, implemented.Distinct().Count());
    }

    [Fact]
    public void Every_rule_lives_in_a_file_named_by_its_id()
    {
        var files = Directory.GetFiles(Repository.Path("src", "Lscp.Rules"), "*.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.All(RuleCatalogue.All, r => Assert.Contains(files, f => f!.StartsWith(r.Id + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_catalogued_parameter_is_named_by_a_ParameterNames_constant_and_every_constant_is_used()
    {
        var constants = typeof(ParameterNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal).ToList();
        var used = RuleCatalogue.All.SelectMany(r => r.Parameters).Select(p => p.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(constants, used);
    }
}
