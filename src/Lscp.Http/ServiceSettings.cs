using System.Globalization;

namespace Lscp.Http;

/// <summary>
/// The runnable service's settings, read from its configuration (<c>appsettings.json</c>, environment variables such as
/// <c>Lscp__PermitsPerMinute=600</c>, the command line) into <see cref="LscpOptions"/>. A value that is not of its
/// setting's kind is a problem named by its key, never an exception with a stack trace; <see cref="LscpOptionsValidator"/>
/// then checks the ranges. Either way the service stops with one line.
/// </summary>
internal sealed class ServiceSettings(IConfiguration configuration)
{
    /// <summary>The exit code of a start refused for its settings.</summary>
    public const int BadSettingsExitCode = 2;

    private readonly List<string> _problems = [];

    /// <summary>The settings that could not be read, each naming its key.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>The configuration of <see cref="LscpOptions"/> these settings make.</summary>
    public Action<LscpOptions> Read()
    {
        var section = configuration.GetSection("Lscp");
        var apiKeys = section.GetSection("ApiKeys").Get<string[]>() ?? [];
        var feedTokens = section.GetSection("FeedTokens").Get<FeedToken[]>() ?? [];
        var proxies = section.GetSection("TrustedProxies").Get<string[]>() ?? [];
        var permits = Number(section, "PermitsPerMinute");
        var maxBody = Number(section, "MaxRequestBodyBytes");
        var maxList = Number(section, "MaxListItems");
        var maxIncidents = Number(section, "MaxIncidents");
        var maxReports = Number(section, "MaxYearlyReports");
        var maxYears = Number(section, "MaxPeriodYears");
        var pages = YesNo(section, "ServePages");

        // ASP.NET Core's own setting, at the top level: host names separated by ';', read by its host filter.
        if (configuration["AllowedHosts"] is { } hosts && hosts.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length == 0)
        {
            _problems.Add("AllowedHosts is empty; list the host names the service answers for, separated by ';' (such as localhost;lscp.example.gov.uk), or * for any.");
        }

        return options =>
        {
            options.ApiKeys = apiKeys;
            options.FeedTokens = feedTokens;
            options.TrustedProxies = proxies;
            options.PermitsPerMinute = permits is { } p ? (int)Math.Clamp(p, int.MinValue, int.MaxValue) : null;
            options.MaxRequestBodyBytes = maxBody ?? options.MaxRequestBodyBytes;
            options.MaxListItems = maxList is { } l ? (int)Math.Clamp(l, int.MinValue, int.MaxValue) : options.MaxListItems;
            options.MaxIncidents = maxIncidents is { } i ? (int)Math.Clamp(i, int.MinValue, int.MaxValue) : options.MaxIncidents;
            options.MaxYearlyReports = maxReports is { } r ? (int)Math.Clamp(r, int.MinValue, int.MaxValue) : options.MaxYearlyReports;
            options.MaxPeriodYears = maxYears is { } y ? (int)Math.Clamp(y, int.MinValue, int.MaxValue) : options.MaxPeriodYears;
            options.ServePages = pages ?? options.ServePages;
        };
    }

    /// <summary>Writes <paramref name="problems"/> as one line on standard error; returns the exit code.</summary>
    public static int Refuse(IEnumerable<string> problems)
    {
        Console.Error.WriteLine($"Lscp.Http did not start: {string.Join(" ", problems)}");
        return BadSettingsExitCode;
    }

    private long? Number(IConfigurationSection section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text) || text.Trim() is "null")
        {
            return null;
        }

        if (long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _problems.Add($"Lscp:{key} is '{Echo.Of(text)}'; set a whole number.");
        return null;
    }

    private bool? YesNo(IConfigurationSection section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (bool.TryParse(text.Trim(), out var value))
        {
            return value;
        }

        _problems.Add($"Lscp:{key} is '{Echo.Of(text)}'; set true or false.");
        return null;
    }
}
