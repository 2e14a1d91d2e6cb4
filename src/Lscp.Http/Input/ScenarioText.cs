using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Lscp.Contracts;
using Lscp.Contracts.Documents;
using Lscp.Model.Serialization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lscp.Http.Input;

/// <summary>
/// Reads a scenario file as the scenario runner does (YAML, or JSON, which is YAML too) into the scenario document, and
/// remembers the line of every element by its JSON path (<c>$.records.meetings[0].date</c>), so that every error can
/// name its line as well as its path. YAML's own node tree is read (no reflection), then handed to the contract's JSON
/// context, which refuses unknown keys and wrong types as it does for every other body. The conversion follows the
/// contract's own metadata, so a plain scalar where the contract has text (<c>value: 30</c>, <c>name: 2024</c>) is that
/// text, as the scenario runner reads it, not a number the JSON reader would refuse.
/// </summary>
internal sealed class ScenarioText
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private ScenarioText()
    {
    }

    /// <summary>The line (from 1) of <paramref name="path"/>, or of the nearest element that contains it; null when none is known.</summary>
    public int? LineOf(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_lines.TryGetValue(p, out var line))
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>Reads <paramref name="utf8"/>; the document, or the errors (with their lines) when it cannot be read.</summary>
    public static (ScenarioDocument? Document, ScenarioText Text, IReadOnlyList<ApiError> Errors) Read(ReadOnlyMemory<byte> utf8)
    {
        var text = new ScenarioText();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(Encoding.UTF8.GetString(utf8.Span)));
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            return (null, text, [new("$", $"the file is not valid YAML or JSON: {message}", (int)e.Start.Line)]);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (null, text, [new("$", "the file must hold one scenario: keys such as name, partnership, period, asOf and records.", 1)]);
        }

        var json = text.Convert(root, "$", typeof(ScenarioDocument));
        try
        {
            var document = json.Deserialize(LscpJsonContext.Default.ScenarioDocument);
            return (document, text, document is null ? [new("$", "the file is empty.", 1)] : []);
        }
        catch (JsonException e)
        {
            // The contract reader's own description (an unknown key, a wrong type), with the line the key is on.
            var error = PartnershipJson.Describe(e);
            return (null, text, [new(error.Path, error.Message, text.LineOf(error.Path))]);
        }
    }

    /// <param name="node">The YAML node.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="target">The contract's type at this place, when the key is one the contract knows; null otherwise.</param>
    private JsonNode? Convert(YamlNode node, string path, Type? target)
    {
        _lines[path] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode mapping:
                var info = Metadata(target);
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                    obj[name] = Convert(value, $"{path}.{name}", info?.Kind switch
                    {
                        JsonTypeInfoKind.Object => info.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType,
                        JsonTypeInfoKind.Dictionary => info.ElementType,
                        _ => null,
                    });
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                var element = Metadata(target) is { Kind: JsonTypeInfoKind.Enumerable } list ? list.ElementType : null;
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(Convert(sequence.Children[i], $"{path}[{i}]", element));
                }

                return array;
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" }:
                return null;
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: var plain } when target == typeof(string):
                // The contract has text here: the scalar as written, as the runner reads it ("30", "0.75", "2024").
                return JsonValue.Create(plain);
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: var plain }:
                // Elsewhere plain scalars take YAML's core schema types: booleans and numbers; anything else is text (dates too).
                return plain switch
                {
                    "true" or "True" or "TRUE" => JsonValue.Create(true),
                    "false" or "False" or "FALSE" => JsonValue.Create(false),
                    _ when long.TryParse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
                    _ when decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                    _ => JsonValue.Create(plain),
                };
            case YamlScalarNode { Style: ScalarStyle.Folded or ScalarStyle.Literal } block:
                // A block scalar's line breaks are YAML's layout, not characters the author typed: one line of text.
                return JsonValue.Create(string.Join(' ', (block.Value ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
            case YamlScalarNode scalar:
                return JsonValue.Create(scalar.Value ?? string.Empty);
            default:
                return null;
        }
    }

    /// <summary>The contract's metadata for <paramref name="target"/> (looked up for mappings and lists only, not for every scalar).</summary>
    private static JsonTypeInfo? Metadata(Type? target) => target is null ? null : LscpJsonContext.Default.GetTypeInfo(target);

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
