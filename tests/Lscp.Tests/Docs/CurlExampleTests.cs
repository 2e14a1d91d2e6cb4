using System.Net.Http.Headers;
using System.Text;
using Lscp.Tests.Http;
using Lscp.Tests.Support;

namespace Lscp.Tests.Docs;

/// <summary>
/// Every <c>curl</c> line in the README and the guides runs against the service in process: it must succeed, and where
/// the line ends <c># answers: ...</c> the answer must hold that text. A renamed route, a changed enum value or a moved
/// field fails here.
/// </summary>
public sealed class CurlExampleTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    public static TheoryData<string, string> Lines()
    {
        var data = new TheoryData<string, string>();
        foreach (var doc in DocFiles.Guides)
        {
            foreach (var (_, code, line) in DocFiles.Blocks(File.ReadAllText(doc), "bash"))
            {
                foreach (var (text, i) in code.Split('\n').Select((t, i) => (t, i)))
                {
                    if (text.TrimStart().StartsWith("curl ", StringComparison.Ordinal) || text.Contains(" curl ", StringComparison.Ordinal) && !text.TrimStart().StartsWith('#'))
                    {
                        data.Add($"{DocFiles.Relative(doc)}:{line + i + 1}", text);
                    }
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_guides_hold_curl_examples()
    {
        Assert.True(Lines().Count >= 19, $"{Lines().Count} curl lines");
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task Each_curl_line_answers_as_the_docs_say(string where, string line)
    {
        var (command, expected) = Split(line);
        var words = Words(command[command.IndexOf("curl ", StringComparison.Ordinal)..]).Skip(1).ToList();
        var method = HttpMethod.Get;
        string? url = null, body = null;
        var headers = new List<(string Name, string Value)>();
        for (var i = 0; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-X": method = new HttpMethod(words[++i]); break;
                case "-H": var h = words[++i].Split(':', 2); headers.Add((h[0].Trim(), h[1].Trim())); break;
                case "-d": body = words[++i]; break;
                case "--data-binary": var file = words[++i]; body = File.ReadAllText(Repository.Path(file.TrimStart('@'))); break;
                case ">": i++; break;
                default: url = words[i]; break;
            }
        }

        Assert.False(url is null, $"{where}: no URL");
        var uri = new Uri("http://" + url!.Replace("http://", string.Empty, StringComparison.Ordinal));
        using var request = new HttpRequestMessage(method, new Uri(uri.PathAndQuery, UriKind.Relative));
        var contentType = headers.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "application/x-www-form-urlencoded");
        }

        foreach (var (name, value) in headers.Where(h => !h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await factory.CreateClient().SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{where}: {(int)response.StatusCode} {answer[..Math.Min(300, answer.Length)]}");
        if (expected is not null)
        {
            Assert.True(answer.Contains(expected, StringComparison.Ordinal), $"{where}: the answer does not hold {expected}: {answer[..Math.Min(300, answer.Length)]}");
        }
    }

    /// <summary>The command, and the text after <c># answers:</c> if the line has one.</summary>
    private static (string Command, string? Expected) Split(string line)
    {
        var inQuote = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\'')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && line[i] == '#' && i > 0 && line[i - 1] == ' ')
            {
                var comment = line[(i + 1)..].Trim();
                return (line[..i].Trim(), comment.StartsWith("answers:", StringComparison.Ordinal) ? comment["answers:".Length..].Trim() : null);
            }
        }

        return (line.Trim(), null);
    }

    /// <summary>Shell words: spaces separate, single quotes keep everything inside as it is.</summary>
    private static IEnumerable<string> Words(string command)
    {
        var word = new StringBuilder();
        var inQuote = false;
        var any = false;
        foreach (var c in command)
        {
            if (c == '\'')
            {
                inQuote = !inQuote;
                any = true;
            }
            else if (c == ' ' && !inQuote)
            {
                if (any)
                {
                    yield return word.ToString();
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }

        if (any)
        {
            yield return word.ToString();
        }
    }
}
