using System.Text.RegularExpressions;
using Lscp.Tests.Support;

namespace Lscp.Tests.Model;

/// <summary>
/// Errors come from validation, never from an exception's message: no code under <c>src/</c> or <c>samples/</c> catches an
/// argument or lookup exception to turn it into an answer. The readers ask each model type's <c>Check</c> first instead.
/// </summary>
public sealed partial class NoReworderTests
{
    [Fact]
    public void No_source_file_catches_an_argument_or_lookup_exception()
    {
        var offenders = new[] { "src", "samples" }
            .SelectMany(folder => Directory.EnumerateFiles(Repository.Path(folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => CatchOfArgumentOrLookup().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Repository.Root, x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void The_scan_finds_a_catch_when_there_is_one()
    {
        Assert.Matches(CatchOfArgumentOrLookup(), "        catch (ArgumentException e) when (e is not InvalidArrangementsException)");
        Assert.Matches(CatchOfArgumentOrLookup(), "catch (KeyNotFoundException)");
        Assert.Matches(CatchOfArgumentOrLookup(), "catch (Exception e) when (e is ArgumentException or KeyNotFoundException)");
        Assert.DoesNotMatch(CatchOfArgumentOrLookup(), "catch (JsonException e)");
    }

    [GeneratedRegex(@"(catch\s*\(\s*|\bis\s+|\bor\s+)(System\.)?(Argument\w*|KeyNotFound|InvalidEnumArgument|NoArrangementsInForce|DateOutsideCalendarRange)Exception\b")]
    private static partial Regex CatchOfArgumentOrLookup();
}
