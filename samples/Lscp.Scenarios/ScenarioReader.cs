using Lscp.Adapters;

namespace Lscp.Scenarios;

/// <summary>
/// Reads scenario files (YAML or JSON) exactly as the service's <c>POST /v1/scenarios</c> reads them, through the same
/// reader (<see cref="ScenarioText"/>, then <see cref="QueryReader.Scenario"/>), against the built-in partnerships: every
/// problem with its path and the line it is on. The runner adds only the check of its expectations.
/// </summary>
public static class ScenarioReader
{
    /// <summary>Reads and validates the scenario in <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is unreadable or invalid; every problem found is in the message.</exception>
    public static Scenario Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException($"{path}: {e.Message}");
        }

        var (document, text, refused) = ScenarioText.Read(bytes);
        if (document is null)
        {
            throw Invalid(path, [.. refused.Select(e => Line(path, e.Line, $"{e.Path}: {e.Message}"))]);
        }

        var reader = new QueryReader(QuerySettings.BuiltIn);
        var query = reader.Scenario(document, text);
        var listed = reader.Errors.Listed;
        var errors = listed.Select(e => Line(path, e.Line, $"{e.Path}: {e.Message}")).ToList();
        if (reader.Errors.Found > listed.Count)
        {
            errors.Add($"... and {reader.Errors.Found - listed.Count} more.");
        }

        var expectations = new List<string>();
        ExpectationChecker.Validate(document.Expect, expectations);
        errors.AddRange(expectations);
        if (query is null || errors.Count > 0)
        {
            throw Invalid(path, errors);
        }

        var name = string.IsNullOrWhiteSpace(document.Name) ? Path.GetFileNameWithoutExtension(path) : document.Name.Trim();
        return new Scenario(path, name, document.Description?.Trim(), query, document.Expect);
    }

    internal static NodaTime.LocalDate? Date(string? value, string field, List<string> errors, bool required)
    {
        var date = Lscp.Contracts.IsoDate.Read(value, required, out var problem);
        if (problem is not null)
        {
            errors.Add($"{field}: {problem}");
        }

        return date;
    }

    private static string Line(string path, int? line, string error) => line is { } l ? $"{path}:{l}: {error}" : $"{path}: {error}";

    private static ScenarioException Invalid(string path, IReadOnlyList<string> errors) =>
        new($"{path}: {errors.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
}
