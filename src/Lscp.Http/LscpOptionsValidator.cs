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

        if (options.ApiKeys.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Lscp:ApiKeys holds an empty key; every key must have text.");
        }

        if (options.Partnerships.Count == 0)
        {
            failures.Add("No partnership is served; serve at least one.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
