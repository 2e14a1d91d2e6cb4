using Lscp.Client;
using Lscp.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Lscp.Rules.Compliance;

namespace Lscp.Tests.Http;

/// <summary>The real facade in process, with the clock fixed at 2025-06-30 so answers that depend on "today" are stable.</summary>
public sealed class LscpServiceFactory : WebApplicationFactory<Program>
{
    public static readonly LocalDate Today = new(2025, 6, 30);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Production").ConfigureServices(services => services.AddSingleton<IClock>(new FixedDateClock(Today)));

    public LscpClient Client() => new(CreateClient());
}
