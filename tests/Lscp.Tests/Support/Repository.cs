namespace Lscp.Tests.Support;

/// <summary>
/// The repository's folders, found from the test binaries (never from [CallerFilePath], which deterministic CI builds
/// rewrite to /_/...).
/// </summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder, "Lscp.sln")))
        {
            folder = System.IO.Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException($"Lscp.sln not found above {AppContext.BaseDirectory}.");
    }
}
