using Lscp.Contracts;

namespace Lscp.Adapters;

/// <summary>How the report's readers (its text, the runner's page and expectations) read a finding on the wire.</summary>
public static class FindingReading
{
    /// <summary>
    /// True when <paramref name="finding"/> rests only on published facts and the records, and so counts in the verdict;
    /// false when it carries facts to confirm (<see cref="Finding.ToConfirm"/>).
    /// </summary>
    public static bool CountsInVerdict(this Finding finding)
    {
        Guard.Against.Null(finding);
        return finding.ToConfirm is not { Count: > 0 };
    }
}
