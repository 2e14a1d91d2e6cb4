using System.Net.Sockets;
using System.Text;

namespace Lscp.Http;

/// <summary>
/// <c>Lscp.Http --health [url]</c>: asks a running service for <c>/health</c> and exits 0 on a 200, 1 otherwise. A
/// container's <c>HEALTHCHECK</c> runs it, because the minimal image the Native AOT binary ships on has no shell or curl.
/// It speaks plain HTTP/1.1 over a socket to the service beside it: <see cref="HttpClient"/> would add its whole stack
/// (TLS, HTTP/2 and 3) to the binary, and so to the memory every instance holds, for a one-line request.
/// </summary>
internal static class HealthProbe
{
    public const string Flag = "--health";

    private const string DefaultUrl = "http://127.0.0.1:8080/health";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var url = args.Count > 1 ? args[1] : DefaultUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            await Console.Error.WriteLineAsync($"{Flag}: '{url}' is not an http address (the probe is for the service beside it, without TLS).");
            return 2;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(uri.Host, uri.Port, timeout.Token);
            await using var stream = client.GetStream();
            var request = Encoding.ASCII.GetBytes($"GET {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(request, timeout.Token);
            var buffer = new byte[12];
            var read = 0;
            while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), timeout.Token) is var n and > 0)
            {
                read += n;
            }

            // The status line starts "HTTP/1.1 200".
            return read == buffer.Length && Encoding.ASCII.GetString(buffer, 9, 3) == "200" ? 0 : 1;
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"{Flag}: {uri} did not answer ({e.GetType().Name}).");
            return 1;
        }
    }
}
