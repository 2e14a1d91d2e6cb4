using System.Text;

namespace Lscp.Tests.Support;

/// <summary>
/// Approval files, in place of Verify (not in this registry). <c>Approval.Verify(text, "name")</c> compares the text with
/// <c>tests/Lscp.Tests/Approvals/name.verified.ext</c>. On a difference it writes <c>name.received.ext</c> beside it and
/// fails with the first differing lines; to accept the new output, replace the verified file with the received one.
/// A missing verified file fails too (after writing the received one), so nothing is approved silently.
/// </summary>
internal static class Approval
{
    public static void Verify(string received, string name, string extension = "txt")
    {
        var folder = Repository.Path("tests", "Lscp.Tests", "Approvals");
        VerifyFile(received, Path.Combine(folder, $"{name}.verified.{extension}"), Path.Combine(folder, $"{name}.received.{extension}"), name);
    }

    /// <summary>The same check against a verified file kept elsewhere (such as the checked-in OpenAPI document).</summary>
    public static void VerifyFile(string received, string verifiedPath, string receivedPath, string name)
    {
        var folder = Path.GetDirectoryName(receivedPath)!;
        received = Normalise(received);

        if (File.Exists(verifiedPath) && Normalise(File.ReadAllText(verifiedPath)) == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received);
        var message = File.Exists(verifiedPath)
            ? Diff(Normalise(File.ReadAllText(verifiedPath)), received)
            : "There is no verified file yet.";
        Assert.Fail($"{name}: the output differs from {verifiedPath}.{Environment.NewLine}{message}{Environment.NewLine}Received: {receivedPath}");
    }

    internal static string Diff(string verified, string received)
    {
        var expected = verified.Split('\n');
        var actual = received.Split('\n');
        var text = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(expected.Length, actual.Length) && shown < 10; i++)
        {
            var e = i < expected.Length ? expected[i] : "<end of file>";
            var a = i < actual.Length ? actual[i] : "<end of file>";
            if (e != a)
            {
                text.AppendLine($"line {i + 1}:").AppendLine($"  - {e}").AppendLine($"  + {a}");
                shown++;
            }
        }

        return text.ToString();
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
