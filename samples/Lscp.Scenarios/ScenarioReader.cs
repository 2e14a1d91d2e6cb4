using Lscp.Contracts.Documents;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Adapters;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Lscp.Scenarios;

/// <summary>Reads scenario files (YAML or JSON): a misspelt or unknown key is an error with its line; a bad value one with its path.</summary>
public static class ScenarioReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Reads and validates the scenario in <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is unreadable or invalid; every problem found is in the message.</exception>
    public static Scenario Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        ScenarioDocument? document;
        try
        {
            document = Yaml.Deserialize<ScenarioDocument>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new ScenarioException($"{path}:{e.Start.Line}:{e.Start.Column}: {Plain(e)}");
        }

        if (document is null)
        {
            throw new ScenarioException($"{path}: the file is empty.");
        }

        return Validate(path, document);
    }

    private static Scenario Validate(string path, ScenarioDocument d)
    {
        var errors = new List<string>();
        var name = string.IsNullOrWhiteSpace(d.Name) ? Path.GetFileNameWithoutExtension(path) : d.Name.Trim();
        Partnership? partnership = null;
        try
        {
            partnership = (d.Partnership, d.Arrangements) switch
            {
                ({ } id, null) => BuiltInPartnerships.Find(id) ?? throw new ScenarioException($"partnership: '{id}' is not a built-in partnership; built-in: {string.Join(", ", BuiltInPartnerships.Ids)}."),
                (null, { } arrangements) => PartnershipJson.FromDocument(arrangements, "arrangements"),
                (null, null) => throw new ScenarioException("partnership: give a built-in id (such as lewisham), or a partnership document under 'arrangements'."),
                _ => throw new ScenarioException("partnership: give either 'partnership' or 'arrangements', not both."),
            };
        }
        catch (ValidationFailedException e)
        {
            errors.AddRange(e.Errors.Select(x => x.ToString()));
        }
        catch (ScenarioException e)
        {
            errors.Add(e.Message);
        }

        var records = PartnershipRecords.Empty;
        try
        {
            records = d.Records is null ? PartnershipRecords.Empty : RecordsJson.FromDocument(d.Records, "records");
        }
        catch (ValidationFailedException e)
        {
            errors.AddRange(e.Errors.Select(x => x.ToString()));
        }

        var calendar = Lscp.Rules.Calendar.WorkingDayCalendar.EnglandAndWales;
        if (partnership is not null)
        {
            errors.AddRange(Lscp.Rules.Governance.RecordsValidator.Validate(partnership, records, "records").Select(x => x.ToString()));
        }

        errors.AddRange(Lscp.Rules.Calendar.RecordDates.Validate(records, calendar, "records").Select(x => x.ToString()));
        var asOf = Date(d.AsOf, "asOf", errors, required: true);
        if (Lscp.Rules.Calendar.RecordDates.Check(asOf, calendar, "asOf") is { } asOfError)
        {
            errors.Add(asOfError.ToString());
            asOf = null;
        }

        DateInterval? period = null;
        if (d.Period is { } p)
        {
            var start = Date(p.Start, "period.start", errors, required: true);
            var end = Date(p.End, "period.end", errors, required: true);
            foreach (var error in new[] { Lscp.Rules.Calendar.RecordDates.Check(start, calendar, "period.start"), Lscp.Rules.Calendar.RecordDates.Check(end, calendar, "period.end") }.OfType<ValidationError>())
            {
                errors.Add(error.ToString());
                (start, end) = (null, null);
            }

            if (start is { } s && end is { } e)
            {
                if (e < s)
                {
                    errors.Add($"period.end: {EffectivePeriod.EndBeforeStart(s, e)}");
                }
                else
                {
                    period = new DateInterval(s, e);
                }
            }
        }

        var rulebook = Lscp.Rules.Catalogue.Rulebook.Standard;
        try
        {
            rulebook = RulebookJson.Apply(rulebook, d.Rulebook, "rulebook");
        }
        catch (ValidationFailedException e)
        {
            errors.AddRange(e.Errors.Select(x => x.ToString()));
        }

        ExpectationChecker.Validate(d.Expect, errors);
        if (errors.Count > 0)
        {
            throw new ScenarioException($"{path}: {errors.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
        }

        return new Scenario(path, name, d.Description?.Trim(), partnership!, records, period, asOf!.Value, d.Expect, rulebook);
    }

    internal static LocalDate? Date(string? value, string field, List<string> errors, bool required)
    {
        var date = Lscp.Contracts.IsoDate.Read(value, required, out var problem);
        if (problem is not null)
        {
            errors.Add($"{field}: {problem}");
        }

        return date;
    }

    private static string Plain(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var unknown = System.Text.RegularExpressions.Regex.Match(message, "Property '([^']+)' not found on type '([^']+)'");
        return unknown.Success
            ? $"unknown key '{unknown.Groups[1].Value}' (in a {unknown.Groups[2].Value.Split('.')[^1].Replace("Document", string.Empty, StringComparison.Ordinal).Replace("Expectation", " expectation", StringComparison.Ordinal)}); check its spelling."
            : message;
    }
}
