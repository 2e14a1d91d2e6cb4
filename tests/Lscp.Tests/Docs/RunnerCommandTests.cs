using Lscp.Scenarios;
using Lscp.Tests.Support;

namespace Lscp.Tests.Docs;

/// <summary>
/// Every scenario runner command in the guides (<c>dotnet run --project samples/Lscp.Scenarios -- ...</c>) runs, with the
/// runner's own entry point and the guide's arguments, from the repository root, and exits 0; files it would write under
/// <c>out/</c> go to a temporary folder instead.
/// </summary>
public sealed class RunnerCommandTests
{
    private const string Command = "dotnet run --project samples/Lscp.Scenarios -- ";

    /// <summary>The same runner installed as a .NET tool, whose verb is <c>check</c>.</summary>
    private const string Tool = "lscp-scenarios ";

    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        foreach (var doc in DocFiles.Guides)
        {
            foreach (var (_, code, line) in DocFiles.Blocks(File.ReadAllText(doc), "bash"))
            {
                foreach (var (text, i) in code.Split('\n').Select((t, i) => (t, i)))
                {
                    if (text.StartsWith(Command, StringComparison.Ordinal))
                    {
                        data.Add($"{DocFiles.Relative(doc)}:{line + i + 1}", text[Command.Length..].Split('#')[0].Trim());
                    }
                    else if (text.StartsWith(Tool, StringComparison.Ordinal))
                    {
                        data.Add($"{DocFiles.Relative(doc)}:{line + i + 1}", text[Tool.Length..].Split('#')[0].Trim());
                    }
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_guides_hold_runner_commands() => Assert.True(Commands().Count >= 3, $"{Commands().Count} runner commands");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_runner_command_in_the_guides_exits_0(string where, string arguments)
    {
        var output = Path.Combine(Path.GetTempPath(), "lscp-runner-" + Guid.NewGuid().ToString("N"));
        var args = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a == "check" ? a : a.StartsWith("out/", StringComparison.Ordinal) ? Path.Combine(output, a["out/".Length..]) : Path.IsPathRooted(a) || a.StartsWith('-') || int.TryParse(a, out _) ? a : Repository.Path(a.Split('/')))
            .ToArray();
        try
        {
            var exit = typeof(ScenarioRunner).Assembly.EntryPoint!.Invoke(null, [args]);
            Assert.True(exit is 0, $"{where}: the runner exited {exit} for {arguments}");
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
