using System.Collections.Immutable;
using Lscp.Rules.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Lscp.Tests.Rules;

/// <summary>
/// The rule registry is written from the rule files: a new rule is its own file and nothing else. These run the generator
/// on small compilations of the tests' making (the real one runs in every build of Lscp.Rules).
/// </summary>
public sealed class RuleRegistryGeneratorTests
{
    private const string Bases = """
        namespace Lscp.Rules.Compliance { public abstract class ComplianceRule { } }
        namespace Lscp.Rules.Timescales { public abstract class DeadlineRule { } }
        """;

    [Fact]
    public void A_rule_file_alone_adds_its_id_constant_and_its_place_in_the_registry()
    {
        var (output, diagnostics) = Run(
            ("Compliance/Governance/GOV-NEW-01.NewRule.cs", "namespace Lscp.Rules.Compliance.Governance; internal sealed class NewRule : ComplianceRule { }"),
            ("Compliance/Governance/GOV-ABC-01.Earlier.cs", "namespace Lscp.Rules.Compliance.Governance; internal sealed class Earlier : ComplianceRule { }"),
            ("Timescales/TS-NEW-01.NewClock.cs", "namespace Lscp.Rules.Timescales; internal sealed class NewClock : DeadlineRule { }"));

        Assert.Empty(diagnostics);
        Assert.Contains("public const string NewRule = \"GOV-NEW-01\";", output["RuleIds.g.cs"], StringComparison.Ordinal);
        Assert.Contains("public const string NewClock = \"TS-NEW-01\";", output["RuleIds.g.cs"], StringComparison.Ordinal);
        var registry = output["RuleRegistry.g.cs"];
        // Each family's registry is in the family's own namespace, so no namespace reaches into another for its rules.
        Assert.Matches(@"namespace Lscp\.Rules\.Timescales\s*\{\s*[^{]*class RuleRegistry\s*\{\s*public static [^ ]*ImmutableArray<global::Lscp\.Rules\.Timescales\.DeadlineRule> All", registry);
        Assert.Contains("namespace Lscp.Rules.Compliance.Governance", registry, StringComparison.Ordinal);
        // In id order within its namespace, whatever order the files come in.
        var earlier = registry.IndexOf("Governance.Earlier()", StringComparison.Ordinal);
        var later = registry.IndexOf("Governance.NewRule()", StringComparison.Ordinal);
        Assert.True(earlier >= 0 && later > earlier, registry);
    }

    [Fact]
    public void A_rule_in_a_file_not_named_by_its_id_stops_the_build()
    {
        var (output, diagnostics) = Run(("Compliance/Governance/Helpers.cs", "namespace Lscp.Rules.Compliance.Governance; internal sealed class Stray : ComplianceRule { }"));

        var error = Assert.Single(diagnostics);
        Assert.Equal(("LSCP001", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Contains("'Stray' must be in a file named 'ID.Stray.cs'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain("Stray", output["RuleRegistry.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_with_one_id_stop_the_build_and_wrappers_and_abstract_bases_are_not_rules()
    {
        var (output, diagnostics) = Run(
            ("GOV-DUP-01.First.cs", "namespace Lscp.Rules.Compliance.Governance; internal sealed class First : ComplianceRule { }"),
            ("Other/GOV-DUP-01.Second.cs", "namespace Lscp.Rules.Compliance.Governance; internal sealed class Second : ComplianceRule { }"),
            ("Wrapper.cs", "namespace Lscp.Rules.Compliance; public sealed class Wrapper : ComplianceRule { public Wrapper(object inner) => Inner = inner; public object Inner { get; } }"),
            ("AwarenessClock.cs", "namespace Lscp.Rules.Timescales; internal abstract class AwarenessClock : DeadlineRule { }"));

        Assert.Equal(["LSCP002"], diagnostics.Select(d => d.Id));
        Assert.DoesNotContain("Wrapper", output["RuleRegistry.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("AwarenessClock", output["RuleRegistry.g.cs"], StringComparison.Ordinal);
    }

    private static (Dictionary<string, string> Output, ImmutableArray<Diagnostic> Diagnostics) Run(params (string Path, string Code)[] files)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Code, options, path: f.Path)).Append(CSharpSyntaxTree.ParseText(Bases, options, path: "Bases.cs"));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Rules", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create([new RuleRegistryGenerator().AsSourceGenerator()], parseOptions: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var updated, out var diagnostics);

        // What the generator writes compiles with the rules it names.
        Assert.Empty(updated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)));
        var result = driver.GetRunResult().Results.Single();
        return (result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()), diagnostics.AddRange(result.Diagnostics).Distinct().ToImmutableArray());
    }
}
