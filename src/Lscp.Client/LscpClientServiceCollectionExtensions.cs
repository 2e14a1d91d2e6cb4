using Microsoft.Extensions.DependencyInjection;

namespace Lscp.Client;

/// <summary>Registers <see cref="LscpClient"/> as a typed <see cref="HttpClient"/>.</summary>
public static class LscpClientServiceCollectionExtensions
{
    /// <summary>Registers <see cref="LscpClient"/> calling the service at <paramref name="baseAddress"/> (such as <c>http://localhost:5080/</c>).</summary>
    public static IHttpClientBuilder AddLscpClient(this IServiceCollection services, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(baseAddress);
        // Relative routes resolve against the base address's last '/', so make sure there is one.
        var root = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        return services.AddHttpClient<LscpClient>(client => client.BaseAddress = root);
    }
}
