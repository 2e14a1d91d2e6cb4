using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Lscp.Client;

/// <summary>Registers <see cref="ILscpApi"/> through Refit's HttpClientFactory integration.</summary>
public static class LscpClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILscpApi"/> calling the service at <paramref name="baseAddress"/> (such as <c>http://localhost:5080/</c>).
    /// The returned builder takes your handlers (an API key header, retries) as any typed client's does.
    /// </summary>
    public static IHttpClientBuilder AddLscpClient(this IServiceCollection services, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(baseAddress);
        var root = baseAddress;
        return services.AddRefitGeneratedClient<ILscpApi>(LscpClientFactory.CreateSettings())
            .ConfigureHttpClient(client => client.BaseAddress = root);
    }
}
