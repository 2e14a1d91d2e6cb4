using System.Text.Json;
using System.Text.RegularExpressions;
using Lscp.Contracts;
using Lscp.Contracts.Json;
using Lscp.Contracts.Documents;

using Lscp.Model;

namespace Lscp.Adapters;

/// <summary>
/// Reads and writes the partnership JSON format (<c>partnership.schema.json</c>): the public reader the built-in data
/// uses too. Reading reports every problem at once, each with its JSON path, except that malformed JSON, a value of the
/// wrong type and an unknown property stop the reading where they stand.
/// </summary>
public static partial class PartnershipJson
{
    // Documents are for people to read and edit: write apostrophes and accents as themselves, not \u escapes.
    // Read and written through the wire's one context, LscpJsonContext; only the layout differs (indented, for editing).
    internal static readonly LscpJsonContext WriterContext = new(new JsonSerializerOptions(LscpJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Reads a partnership from JSON text.</summary>
    /// <exception cref="InvalidArrangementsException">The document is invalid; <see cref="ValidationFailedException.Errors"/> lists every problem.</exception>
    public static Partnership Read(string json)
    {
        Guard.Against.Null(json);
        return TryRead(json, out var partnership, out var errors) ? partnership : throw new InvalidArrangementsException(errors);
    }

    /// <summary>Reads a partnership from a UTF-8 stream.</summary>
    /// <exception cref="InvalidArrangementsException">The document is invalid; every problem is listed.</exception>
    public static Partnership Read(Stream utf8Json)
    {
        Guard.Against.Null(utf8Json);
        using var reader = new StreamReader(utf8Json);
        return Read(reader.ReadToEnd());
    }

    /// <summary>Reads a partnership from JSON text without throwing for an invalid document.</summary>
    /// <returns>True with the partnership, or false with every problem found.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Partnership? partnership, out IReadOnlyList<ValidationError> errors)
    {
        Guard.Against.Null(json);
        partnership = null;
        PartnershipDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, LscpJsonContext.Default.PartnershipDocument);
        }
        catch (JsonException e)
        {
            errors = [Describe(e)];
            return false;
        }

        if (document is null)
        {
            errors = [new ValidationError("$", "the document is null; expected a partnership object.")];
            return false;
        }

        partnership = PartnershipDocumentMapper.ToModel(document, out errors);
        return partnership is not null;
    }

    /// <summary>Turns a parsed document (for example, part of an HTTP request) into a partnership; <paramref name="root"/> replaces <c>$</c> at the start of every error path.</summary>
    /// <exception cref="InvalidArrangementsException">The document is invalid; every problem is listed.</exception>
    public static Partnership FromDocument(PartnershipDocument document, string root = "$")
    {
        Guard.Against.Null(document);
        Guard.Against.Null(root);
        return PartnershipDocumentMapper.ToModel(document, out var errors)
            ?? throw new InvalidArrangementsException(errors.Select(e => e with { Path = root + e.Path[1..] }));
    }

    /// <summary>Turns a parsed document into a partnership without throwing; <paramref name="root"/> replaces <c>$</c> at the start of every error path.</summary>
    /// <returns>True with the partnership, or false with every problem found.</returns>
    public static bool TryFromDocument(PartnershipDocument document, string root, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Partnership? partnership, out IReadOnlyList<ValidationError> errors)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(root);
        partnership = PartnershipDocumentMapper.ToModel(document, out var found);
        errors = [.. found.Select(e => e with { Path = root + e.Path[1..] })];
        return partnership is not null;
    }

    /// <summary>The document form of <paramref name="partnership"/>.</summary>
    public static PartnershipDocument ToDocument(Partnership partnership)
    {
        Guard.Against.Null(partnership);
        return PartnershipDocumentMapper.ToDocument(partnership);
    }

    /// <summary>One version of the arrangements as its document, as it appears in <see cref="PartnershipDocument.Versions"/>.</summary>
    public static ArrangementsDocument ToDocument(Arrangements version)
    {
        Guard.Against.Null(version);
        return PartnershipDocumentMapper.ToDocument(version);
    }

    /// <summary>Writes <paramref name="partnership"/> as an indented JSON document that <see cref="Read(string)"/> reads back to an equal model.</summary>
    public static string Write(Partnership partnership)
    {
        Guard.Against.Null(partnership);
        return JsonSerializer.Serialize(PartnershipDocumentMapper.ToDocument(partnership), WriterContext.PartnershipDocument);
    }

    /// <summary>
    /// Turns a System.Text.Json failure into a plain error: its JSON path, what is wrong in words (an unknown property, a
    /// value of the wrong type, malformed JSON, nesting too deep), and the line. No .NET type names leak into the message.
    /// </summary>
    public static ValidationError Describe(JsonException e) => Describe(e, withLine: true);

    /// <summary>As <see cref="Describe(JsonException)"/>; without the line when the JSON read is not the text the caller wrote.</summary>
    internal static ValidationError Describe(JsonException e, bool withLine)
    {
        Guard.Against.Null(e);
        var path = e.Path ?? "$";
        var where = withLine && e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;
        var message = e.Message;

        // The contract's own converters word their refusals for the caller already; the serializer only appends where.
        foreach (var own in (ReadOnlySpan<string>)[IsoDate.NotADate, PlainTextConverter.HasControlCharacter, PlainTextConverter.NotAString])
        {
            if (message.StartsWith(own, StringComparison.Ordinal))
            {
                return new ValidationError(path, own);
            }
        }

        if (message.StartsWith("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return new ValidationError(path, $"a property appears twice{where}; give each property once.");
        }
        if (UnmappedProperty().Match(message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups[1].Value;
            var parent = path.EndsWith("." + name, StringComparison.Ordinal) ? path[..^(name.Length + 1)] : path;
            var within = parent == "$" ? "at the top of the document" : $"in {parent}";
            return new ValidationError(path, $"unknown property '{Echo.Of(name)}'{where}: no such property is allowed {within}; check its spelling (the document's JSON Schema lists every property).");
        }

        if (ConvertFailure().Match(message) is { Success: true } convert)
        {
            return new ValidationError(path, $"has the wrong type{where}: expected {Expected(convert.Groups[1].Value)}.");
        }

        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new ValidationError(path, $"the document is nested too deeply{where}; at most 32 levels are read.");
        }

        // What is left comes from the JSON reader (a syntax error, in words that name no .NET type) or, rarely, from the
        // serializer, whose words may: those are not repeated.
        var firstSentence = message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.');
        return !firstSentence.Contains("type", StringComparison.OrdinalIgnoreCase) && !firstSentence.Contains("System.", StringComparison.Ordinal) && !firstSentence.Contains("Lscp.", StringComparison.Ordinal)
            ? new ValidationError(path, $"the JSON is malformed{where}: {Echo.Of(firstSentence)}.")
            : new ValidationError(path, $"the JSON cannot be read here{where}; check it against the schema.");
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("String", StringComparison.Ordinal) && !type.Contains("List", StringComparison.Ordinal) => "a string",
        _ when type.Contains("List", StringComparison.Ordinal) => "an array",
        _ => "an object",
    };

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("could not be converted to ([^ .]+(?:\\.[^ .]+)*)")]
    private static partial Regex ConvertFailure();
}
