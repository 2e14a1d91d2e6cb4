using System.Text.RegularExpressions;
using Lscp.Tests.Support;

namespace Lscp.Tests.Docs;

/// <summary>The Markdown the tests keep true: the README, the guides under docs/, and every other .md of the repository.</summary>
internal static partial class DocFiles
{
    /// <summary>The front door, the guides, each package's own readme and the runner tool's: their C#, curl and runner examples are checked.</summary>
    public static IEnumerable<string> Guides =>
    [
        Repository.Path("README.md"),
        .. Directory.GetFiles(Repository.Path("docs"), "*.md").Order(StringComparer.Ordinal),
        .. Directory.GetDirectories(Repository.Path("src")).Select(d => Path.Combine(d, "README.md")).Where(File.Exists).Order(StringComparer.Ordinal),
        Repository.Path("samples", "Lscp.Scenarios", "README.md"),
    ];

    /// <summary>Every Markdown file of the repository (not installed packages or build output): their links are resolved.</summary>
    public static IEnumerable<string> All =>
        Directory.EnumerateFiles(Repository.Root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Regex.IsMatch(Path.GetRelativePath(Repository.Root, f), @"(^|[/\\])(node_modules|bin|obj|artifacts|BenchmarkDotNet\.Artifacts|\.git)([/\\]|$)"))
            .Order(StringComparer.Ordinal);

    /// <summary>The fenced blocks of <paramref name="markdown"/> in <paramref name="language"/>, each with the line before its fence.</summary>
    public static IEnumerable<(string Before, string Code, int Line)> Blocks(string markdown, string language)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] == "```" + language)
            {
                var end = Array.IndexOf(lines, "```", i + 1);
                yield return (i > 0 ? lines[i - 1] : string.Empty, string.Join('\n', lines[(i + 1)..end]), i + 1);
                i = end;
            }
        }
    }

    public static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');
}
