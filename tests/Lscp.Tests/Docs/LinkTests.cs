using System.Text.RegularExpressions;

namespace Lscp.Tests.Docs;

/// <summary>Every relative link in every Markdown file of the repository leads to a file that exists (and to a heading that exists, when it names one).</summary>
public sealed partial class LinkTests
{
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [Fact]
    public void Every_relative_link_resolves()
    {
        var broken = new List<string>();
        var count = 0;
        foreach (var doc in DocFiles.All)
        {
            var text = File.ReadAllText(doc);
            foreach (Match link in Link().Matches(text))
            {
                var target = link.Groups["target"].Value;
                if (Regex.IsMatch(target, "^[a-z]+:", RegexOptions.IgnoreCase))
                {
                    continue;
                }

                count++;
                var (file, anchor) = target.Split('#', 2) is [var f, var a] ? (f, a) : (target, null);
                var path = file.Length == 0 ? doc : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(doc)!, Uri.UnescapeDataString(file)));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{DocFiles.Relative(doc)}: {target} (no such file)");
                }
                else if (anchor is not null && path.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadAllText(path)).Contains(anchor))
                {
                    broken.Add($"{DocFiles.Relative(doc)}: {target} (no such heading)");
                }
            }
        }

        Assert.Empty(broken);
        Assert.True(count > 20, $"only {count} relative links found");
    }

    /// <summary>The anchors GitHub makes of a document's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> Anchors(string markdown) =>
        [.. markdown.Split('\n').Where(l => l.StartsWith('#')).Select(l => Regex.Replace(l.TrimStart('#').Trim().ToLowerInvariant(), @"[^\w\- ]", string.Empty).Replace(' ', '-'))];
}
