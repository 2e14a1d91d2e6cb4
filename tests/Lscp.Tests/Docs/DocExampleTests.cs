using System.Text.RegularExpressions;
using Lscp.Examples;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using Lscp.Tests.Support;
using NodaTime;

namespace Lscp.Tests.Docs;

/// <summary>
/// The C# in the README and the guides cannot rot: each block is a region of samples/Lscp.Examples, which every build
/// compiles, and these tests check the text is the same and run each example.
/// </summary>
public sealed partial class DocExampleTests
{
    private static readonly string Examples = Repository.Path("samples", "Lscp.Examples");

    [GeneratedRegex(@"^<!-- example: (?<file>[\w.]+\.cs)#(?<region>[\w-]+) -->$")]
    private static partial Regex Marker();

    /// <summary>A using directive (<c>using NodaTime;</c>), not a using declaration (<c>using var http = ...;</c>).</summary>
    [GeneratedRegex(@"^using (static )?[\w.]+( = [\w.<>]+)?;$")]
    private static partial Regex UsingDirective();

    private static string Region(string file, string region)
    {
        var source = File.ReadAllText(Path.Combine(Examples, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var match = Regex.Match(source, $@"\n(?<indent>[ \t]*)#region {Regex.Escape(region)}\n(?<body>.*?)\n[ \t]*#endregion", RegexOptions.Singleline);
        Assert.True(match.Success, $"{file} has no region '{region}'");
        var indent = match.Groups["indent"].Value;
        return string.Join('\n', match.Groups["body"].Value.Split('\n').Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()));
    }

    [Fact]
    public void Every_csharp_block_is_a_region_of_the_examples_word_for_word()
    {
        var checkedBlocks = 0;
        foreach (var doc in DocFiles.Guides)
        {
            foreach (var (before, code, line) in DocFiles.Blocks(File.ReadAllText(doc), "csharp"))
            {
                var where = $"{DocFiles.Relative(doc)}:{line}";
                var marker = Marker().Match(before);
                Assert.True(marker.Success, $"{where}: a csharp block must follow <!-- example: File.cs#region --> naming its source in samples/Lscp.Examples");
                var file = marker.Groups["file"].Value;
                var lines = code.Split('\n');
                var usings = lines.TakeWhile(l => UsingDirective().IsMatch(l)).ToList();
                var body = string.Join('\n', lines.Skip(usings.Count).SkipWhile(string.IsNullOrWhiteSpace));
                Assert.Equal(Region(file, marker.Groups["region"].Value), body);
                var source = File.ReadAllText(Path.Combine(Examples, file));
                Assert.All(usings, u => Assert.Contains(u, source, StringComparison.Ordinal));
                checkedBlocks++;
            }
        }

        Assert.True(checkedBlocks >= 7, $"only {checkedBlocks} blocks found");
    }

    [Fact]
    public void Every_region_of_the_examples_is_shown_in_a_guide()
    {
        var shown = DocFiles.Guides.SelectMany(d => File.ReadAllLines(d)).Select(l => Marker().Match(l)).Where(m => m.Success)
            .Select(m => $"{m.Groups["file"].Value}#{m.Groups["region"].Value}").ToHashSet();
        foreach (var file in Directory.GetFiles(Examples, "*.cs"))
        {
            foreach (Match region in Regex.Matches(File.ReadAllText(file), @"#region ([\w-]+)"))
            {
                Assert.Contains($"{Path.GetFileName(file)}#{region.Groups[1].Value}", shown);
            }
        }
    }

    [Fact]
    public void The_package_readme_examples_give_what_their_comments_say()
    {
        Assert.True(PackageExamples.Model());
        Assert.Equal(3, PackageExamples.Adapters().Count);
        Assert.Contains(PackageExamples.Rules(), c => c.RuleId == Lscp.Rules.Catalogue.RuleIds.RapidReview && c.DueOn == new LocalDate(2025, 1, 14));
        Assert.Equal("""{"asOf":"2025-02-01"}""", PackageExamples.Contracts());
        // The client's examples call the service at localhost:5080: tests/consumer runs them against the real service,
        // pasted into a console app outside the Lscp namespaces, from the packed packages.
    }

    [Fact]
    public void The_library_examples_give_what_their_comments_say()
    {
        var calendar = LibraryExamples.Calendar();
        Assert.Equal((new LocalDate(2024, 12, 31), 5, false), (calendar.NotifyBy, calendar.Used, calendar.AmendedIsWorkingDay));
        Assert.Equal(Lscp.Rules.Calendar.WorkingDayCalendar.EnglandAndWales.BankHolidaysIn(2022).Length, calendar.Holidays2022);
        Assert.Equal(10, calendar.Holidays2022);

        var partnership = LibraryExamples.PartnershipOnADate();
        Assert.Equal("Lead Safeguarding Partner", partnership.LeadTitle);
        Assert.NotNull(partnership.Chair);

        var governance = LibraryExamples.Governance();
        Assert.Equal("nhs-sel-icb", governance.AccountableAgency);
        Assert.Contains("no police representative", governance.QuorumMissing, StringComparison.Ordinal);
        Assert.Contains("GOV-QUORUM-01", governance.Text, StringComparison.Ordinal);

        var clocks = LibraryExamples.Clocks();
        Assert.Equal((new LocalDate(2025, 1, 14), DeadlineStatus.MetLate), (clocks.RapidReviewDue, clocks.Status));
        Assert.Contains("\"verdict\": \"", clocks.Json, StringComparison.Ordinal);
        // The report covers the incident's own year, so its clocks are in it (a report of 2025-26 would leave them out).
        Assert.Contains("\"subject\": \"incident:LSCP-2024-002\"", clocks.Json, StringComparison.Ordinal);

        var due = LibraryExamples.Due();
        Assert.True(due.Count >= 3, due.Text);
        Assert.Contains("Fri 16 May 2025 TS-RAPID-01 incident:LSCP-2025-001", due.Text, StringComparison.Ordinal);
        Assert.Contains("Thu 31 Jul 2025 GOV-CADENCE-01 body:executive", due.Text, StringComparison.Ordinal);
        Assert.Contains("Tue 24 Jun 2025 GOV-CADENCE-02 body:executive", due.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_examples_run()
    {
        await using (var app = ServiceExamples.Embedding())
        {
            Assert.NotEmpty(((Microsoft.AspNetCore.Routing.IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints));
        }

        // The client's examples (RegistrationAsync, CallsAsync) call the service at localhost:5080: tests/consumer runs
        // them against the real service, pasted into a console app outside the Lscp namespaces, from the packed packages.
    }
}
