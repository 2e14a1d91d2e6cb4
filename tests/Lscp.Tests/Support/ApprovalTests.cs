namespace Lscp.Tests.Support;

public sealed class ApprovalTests
{
    [Fact]
    public void The_diff_names_the_first_differing_lines()
    {
        var diff = Approval.Diff("a\nb\nc", "a\nB\nc\nd");
        Assert.Contains("line 2:\n  - b\n  + B", diff.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("line 4:", diff);
        Assert.DoesNotContain("line 1:", diff);
    }

    [Fact]
    public void A_difference_fails_and_leaves_a_received_file()
    {
        var error = Assert.ThrowsAny<Exception>(() => Approval.Verify("not what was approved", "approval-self-test"));
        Assert.Contains("approval-self-test", error.Message);
        var received = Path.Combine(Path.GetDirectoryName(error.Message.Split("Received: ")[1].Trim())!, "approval-self-test.received.txt");
        Assert.True(File.Exists(received));
        File.Delete(received);
    }
}
