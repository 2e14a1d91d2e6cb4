using Microsoft.Extensions.Options;

namespace Lscp.Http;

/// <summary>Refuses bad settings when the host starts (<c>ValidateOnStart</c>), naming each setting, so no request is ever answered with a setting's fault.</summary>
internal sealed class LscpOptionsValidator : IValidateOptions<LscpOptions>
{
    public ValidateOptionsResult Validate(string? name, LscpOptions options)
    {
        var failures = new List<string>();
        if (options.PermitsPerMinute is <= 0)
        {
            failures.Add($"Lscp:PermitsPerMinute is {options.PermitsPerMinute}; set a whole number of at least 1, or leave it out for no limit.");
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add($"Lscp:MaxRequestBodyBytes is {options.MaxRequestBodyBytes}; set a positive number of bytes.");
        }

        if (options.MaxListItems <= 0)
        {
            failures.Add($"Lscp:MaxListItems is {options.MaxListItems}; set a positive number.");
        }

        foreach (var (setting, value) in new[] { ("MaxIncidents", options.MaxIncidents), ("MaxYearlyReports", options.MaxYearlyReports), ("MaxPeriodYears", options.MaxPeriodYears) })
        {
            if (value <= 0)
            {
                failures.Add($"Lscp:{setting} is {value}; set a positive number.");
            }
        }

        var k = 0;
        foreach (var key in options.ApiKeys)
        {
            if (key is not { Length: >= FeedToken.MinimumLength } || key.Any(char.IsWhiteSpace))
            {
                failures.Add($"Lscp:ApiKeys:{k} is shorter than {FeedToken.MinimumLength} characters or holds a space; use an unguessable secret (for example openssl rand -base64 32).");
            }

            k++;
        }

        for (var i = 0; i < options.TrustedProxies.Count; i++)
        {
            if (!IsAddressOrNetwork(options.TrustedProxies[i]))
            {
                failures.Add($"Lscp:TrustedProxies:{i} is not an IP address or network (such as 10.0.0.5 or 10.0.0.0/24).");
            }
        }

        for (var i = 0; i < options.FeedTokens.Count; i++)
        {
            var feed = options.FeedTokens[i];
            if (feed.Token is not { Length: >= FeedToken.MinimumLength } || feed.Token.Any(char.IsWhiteSpace))
            {
                failures.Add($"Lscp:FeedTokens:{i}:Token is shorter than {FeedToken.MinimumLength} characters or holds a space; use an unguessable secret.");
            }

            if (!options.Partnerships.TryGetValue(feed.Partnership ?? string.Empty, out var partnership))
            {
                failures.Add($"Lscp:FeedTokens:{i}:Partnership names no partnership this service has.");
            }
            else if (!partnership.Versions.Any(v => v.HasBody(feed.Body ?? string.Empty)))
            {
                failures.Add($"Lscp:FeedTokens:{i}:Body names no body of {partnership.Name}.");
            }
        }

        if (options.FeedTokens.GroupBy(t => t.Token, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            failures.Add("Lscp:FeedTokens holds the same token twice; give each feed its own.");
        }

        if (options.Partnerships.Count == 0)
        {
            failures.Add("No partnership is served; serve at least one.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>True for an IP address (<c>10.0.0.5</c>, <c>::1</c>) or a network in CIDR form (<c>10.0.0.0/24</c>).</summary>
    internal static bool IsAddressOrNetwork(string? value) =>
        value is not null && (System.Net.IPAddress.TryParse(value, out _) || System.Net.IPNetwork.TryParse(value, out _));
}
