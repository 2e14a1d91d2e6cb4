using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Lscp.Http.Endpoints;

/// <summary>
/// The analysts' page at <c>/</c>: structure on a date, meeting calendars, the deadline calculator, the compliance check,
/// what is due and building records.
/// Five files embedded in this assembly (Pages/: the page, the compliance report's renderer report.js, the records
/// builder records.js, app.js and app.css), served as they are, so any host that maps the Lscp endpoints serves them
/// too and nothing comes from the internet. The page calls the public REST API only. Turn it off with
/// <see cref="LscpOptions.ServePages"/>.
/// </summary>
internal static class AnalystPages
{
    /// <summary>
    /// The page's content security policy: its own script, style and API calls only; no inline script or style, no frames,
    /// no forms posted anywhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        ("/", "Lscp.Http.Pages.index.html", "text/html; charset=utf-8"),
        ("/report.js", "Lscp.Http.Pages.report.js", "text/javascript; charset=utf-8"),
        ("/records.js", "Lscp.Http.Pages.records.js", "text/javascript; charset=utf-8"),
        ("/app.js", "Lscp.Http.Pages.app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "Lscp.Http.Pages.app.css", "text/css; charset=utf-8"),
    ];

    private static readonly Dictionary<string, byte[]> Contents = Files.ToDictionary(f => f.Path, f => Read(f.Resource), StringComparer.Ordinal);

    /// <summary>True for a path the page is served at, which gets the page's policy rather than the API's.</summary>
    public static bool IsPage(PathString path) => path.HasValue && Contents.ContainsKey(path.Value!);

    public static void MapAnalystPages(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, _, contentType) in Files)
        {
            var bytes = Contents[path];
            // The setting is read per request, not while mapping, so that a bad setting still stops the start-up, named.
            endpoints.MapMethods(path, GetAndHead.Methods, Results<FileContentHttpResult, NotFound> (IOptions<LscpOptions> options) => options.Value.ServePages
                    ? TypedResults.Bytes(bytes, contentType)
                    : TypedResults.NotFound())
                .ExcludeFromDescription();
        }
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(AnalystPages).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The page file {resource} is not embedded in Lscp.Http; the build is broken.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
