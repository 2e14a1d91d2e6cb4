using System.Reflection;
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
            var allowed = Regex.Matches(row.Groups["deps"].Value, @"`(Lscp\.[\w.]+)`").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
            var project = File.ReadAllText(Repository.Path("src", package, $"{package}.csproj"));
            var actual = Regex.Matches(project, @"ProjectReference Include=""[^""]*?(Lscp\.[\w.]+)\.csproj""").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
            Assert.Equal(allowed, actual);
        }

        Assert.Equal(6, Regex.Matches(page, @"^\| `Lscp\.\w+` \|", RegexOptions.Multiline).Count);
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
    public void Every_parameter_a_rule_declares_is_in_its_definition_and_every_definition_parameter_is_declared_by_its_rule()
    {
        // A base class's shared parameters (the awareness clocks' working days) count for each rule built on it.
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.FlattenHierarchy;
        var rules = ComplianceRules.Governance.Concat(ComplianceRules.Duties).Concat(ComplianceRules.Learning).Select(r => (r.GetType(), r.Definition))
            .Concat(Lscp.Rules.Timescales.DeadlineCalculator.Rules.Select(r => (r.GetType(), r.Definition)));
        foreach (var (type, definition) in rules)
        {
            var declared = type.GetProperties(Static).Select(p => (p.PropertyType, Value: p.GetValue(null)))
                .Concat(type.GetFields(Static).Where(f => !f.Name.StartsWith('<')).Select(f => (f.FieldType, Value: f.GetValue(null))))
                .Where(m => m.Item1.Name.EndsWith("Parameter", StringComparison.Ordinal) || m.Item1.Name.StartsWith("ChoiceParameter", StringComparison.Ordinal))
                .Select(m => (RuleParameter)m.Item1.GetProperty("Parameter")!.GetValue(m.Value)!)
                .ToList();
            Assert.True(declared.Count == definition.Parameters.Length && declared.All(p => definition.Parameters.Any(d => ReferenceEquals(d, p))),
                $"{definition.Id} declares {string.Join(", ", declared.Select(p => p.Name))} but its definition lists {string.Join(", ", definition.Parameters.Select(p => p.Name))}.");
            Assert.Equal(definition.Parameters.Length, definition.Parameters.Select(p => p.Name).Distinct().Count());
        }
    }

    [Fact]
    public void An_enum_member_the_mappings_do_not_name_stops_the_build()
    {
        // Each mapping names every member and has no catch-all arm, so a new member is CS8509; warnings are errors, and
        // only CS8524 (a value outside the named members) is silenced.
        var props = File.ReadAllText(Repository.Path("Directory.Build.props"));
        Assert.Contains("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", props, StringComparison.Ordinal);
        var silenced = Regex.Matches(props, @"<NoWarn>([^<]*)</NoWarn>").SelectMany(m => m.Groups[1].Value.Split(';')).ToList();
        Assert.DoesNotContain("CS8509", silenced);
        Assert.Contains("CS8524", silenced);
        var mappings = Directory.GetFiles(Repository.Path("src", "Lscp.Adapters", "Mapping"), "*.cs");
        Assert.NotEmpty(mappings);
        foreach (var file in mappings)
        {
            var source = File.ReadAllText(file);
            Assert.DoesNotMatch(@"(?m)^\s*_ =>", source);
        }
    }

    [Fact]
    public void The_compliance_request_path_is_the_six_files_this_page_lists()
    {
        var page = File.ReadAllText(Repository.Path("docs", "architecture.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = Regex.Match(page, @"## One compliance request, from HTTP to rule and back\n(?<body>.*?)\n## ", RegexOptions.Singleline).Groups["body"].Value;
        var steps = Regex.Matches(section, @"(?ms)^\d\. (?<text>.*?)(?=^\d\. |^\n|\z)").Select(m => m.Groups["text"].Value).ToList();
        Assert.Equal(6, steps.Count);
        var files = new List<string>();
        var current = string.Empty;
        foreach (var step in steps)
        {
            var codes = Regex.Matches(step.Replace("\n   ", " ", StringComparison.Ordinal), "`([^`]+)`").Select(m => m.Groups[1].Value).ToList();
            foreach (var code in codes)
            {
                if (code.StartsWith("src/", StringComparison.Ordinal))
                {
                    current = code;
                    Assert.True(File.Exists(Repository.Path(code.Split('/'))), $"{code} is listed but does not exist.");
                    files.Add(code);
                }
                else if (code.Contains('(', StringComparison.Ordinal) && current.Length > 0)
                {
                    // A call shown in code is made, word for word, by the file the step is in (the endpoint for step 3).
                    var where = step.StartsWith("The endpoint", StringComparison.Ordinal) && !code.StartsWith("rule.", StringComparison.Ordinal) ? files[0] : current;
                    Assert.True(File.ReadAllText(Repository.Path(where.Split('/'))).Contains(code, StringComparison.Ordinal), $"{where} no longer makes the call `{code}` the page shows.");
                }
            }
        }

        Assert.InRange(files.Distinct().Count(), 1, 6);
    }

    [Fact]
    public void The_rules_write_no_report_format_of_their_own()
    {
        // One report shape outside the rules (the wire's ComplianceResponse), written in Lscp.Adapters: the rules hold no
        // JSON context and no renderer of their report, so there is no second shape to drift from the first.
        var rules = typeof(Lscp.Rules.Reporting.ComplianceReport).Assembly;
        Assert.DoesNotContain(rules.GetTypes(), t => typeof(System.Text.Json.Serialization.JsonSerializerContext).IsAssignableFrom(t));
        Assert.DoesNotContain(rules.GetExportedTypes(), t => t.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.GetParameters() is [{ ParameterType: var p }] && p == typeof(Lscp.Rules.Reporting.ComplianceReport) && m.ReturnType == typeof(string)));
        Assert.DoesNotContain("NodaTime.Serialization", File.ReadAllText(Repository.Path("src", "Lscp.Rules", "Lscp.Rules.csproj")), StringComparison.Ordinal);
    }

    [Fact]
    public void No_namespace_of_the_rules_uses_one_that_uses_it_back_but_the_catalogue_of_every_rule()
    {
        // Each folder of src/Lscp.Rules is a namespace; an edge is a using or a qualified name. The one edge allowed back
        // is Catalogue -> Compliance: RuleCatalogue lists every rule's definition (so Rulebook.Standard holds them all),
        // and the rules read the catalogue's types. docs/architecture.md says so.
        var root = Repository.Path("src", "Lscp.Rules");
        var spaces = Directory.GetDirectories(root).Select(Path.GetFileName).Where(n => n is not ("bin" or "obj")).ToList();
        var uses = spaces.ToDictionary(n => n!, n => Directory.GetFiles(Path.Combine(root, n!), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"Lscp\.Rules\.(\w+)").Select(m => m.Groups[1].Value))
            .Where(u => u != n && spaces.Contains(u)).ToHashSet());
        Assert.True(uses.Count >= 6, string.Join(", ", uses.Keys));
        var allowed = ("Catalogue", "Compliance");
        foreach (var (from, targets) in uses)
        {
            foreach (var to in targets)
            {
                if ((from, to) == allowed)
                {
                    continue;
                }

                // Is there a path back from 'to' to 'from' (not through the allowed edge)?
                var seen = new HashSet<string>();
                var queue = new Queue<string>([to]);
                while (queue.TryDequeue(out var at))
                {
                    Assert.False(at == from, $"Lscp.Rules.{from} uses Lscp.Rules.{to}, which uses it back.");
                    foreach (var next in uses[at].Where(n => (at, n) != allowed && seen.Add(n)))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
        }
    }
}
