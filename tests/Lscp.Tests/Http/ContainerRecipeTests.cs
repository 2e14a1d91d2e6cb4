using System.Text.RegularExpressions;
using Lscp.Tests.Support;

namespace Lscp.Tests.Http;

/// <summary>
/// The Dockerfile cannot be built on the CI machine, so its steps are kept to what CI does run: the same Native AOT
/// publish command as the smoke suite, the binary's own health probe, and a non-root user.
/// </summary>
public sealed class ContainerRecipeTests
{
    private static readonly string Dockerfile = File.ReadAllText(Repository.Path("Dockerfile"));

    [Fact]
    public void The_image_publishes_with_the_command_CI_runs()
    {
        var smoke = File.ReadAllText(Repository.Path("tests", "aot-smoke", "run.sh"));
        var publish = Regex.Match(Dockerfile, @"RUN (dotnet publish src/Lscp\.Http [^\n]*?) -o /app").Groups[1].Value;
        Assert.StartsWith("dotnet publish src/Lscp.Http -c Release -r linux-x64 -p:PublishAot=true", publish, StringComparison.Ordinal);
        Assert.Contains(publish.Replace("src/Lscp.Http", "\"$root/src/Lscp.Http\"", StringComparison.Ordinal), smoke, StringComparison.Ordinal);
    }

    [Fact]
    public void The_image_runs_as_a_non_root_user_and_checks_its_health_with_the_binarys_probe()
    {
        Assert.Matches(@"(?m)^USER app$", Dockerfile);
        Assert.Matches(@"(?m)^HEALTHCHECK .*\[""/app/Lscp\.Http"", ""--health"", ""http://127\.0\.0\.1:8080/health""\]$", Dockerfile);
        Assert.Contains(Lscp.Http.HealthProbe.Flag, Dockerfile, StringComparison.Ordinal);
    }
}
