using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lscp.Contracts;
using Lscp.Contracts.Documents;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

using Lscp.Model;

namespace Lscp.Adapters;

/// <summary>
/// Reads a scenario file as the scenario runner does (YAML, or JSON, which is YAML too) into the scenario document, with
/// its work bounded by the file's size whatever the file holds:
/// <list type="bullet">
/// <item>YAML's parser is read event by event (it keeps its own stack, no recursion), and a file nested deeper than
/// <see cref="MaxDepth"/> levels is refused at the first level too deep, before anything is built from it;</item>
/// <item>an alias (<c>*name</c>) repeats the node its anchor (<c>&amp;name</c>) names, and the nodes repeated in all count
/// against <see cref="MaxAliasNodes"/>, so a few lines of nested aliases cannot expand to gigabytes;</item>
/// <item>an empty value (<c>key:</c>, <c>~</c>, <c>null</c>) is refused with its path: leave the key out instead.</item>
/// </list>
/// The events become JSON text as they are read, following the contract's own metadata (so a plain scalar where the
/// contract has text, <c>value: 30</c>, is that text, as the runner reads it), and the contract's JSON context reads that
/// text, refusing unknown keys and wrong types as it does for every other body. The line of an element (by its JSON path,
/// <c>$.records.meetings[0].date</c>) is worked out only when an error needs it.
/// </summary>
public sealed class ScenarioText
{
    /// <summary>The deepest nesting of mappings and lists a file may have: 32 levels, as for every JSON body.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most nodes the aliases of one file may repeat, in all.</summary>
    public const int MaxAliasNodes = 10_000;

    private readonly List<ParsingEvent> _events = [];

    /// <summary>For each alias event (by its index), the index of the node event its anchor names.</summary>
    private readonly Dictionary<int, int> _aliases = [];

    private Dictionary<string, int>? _lines;

    /// <summary>A JSON file read without its events: kept to be parsed for its lines only if an error needs them.</summary>
    private byte[]? _unparsed;

    /// <summary>True when the file was read as JSON by the contract's reader, with no YAML events.</summary>
    internal bool ReadAsJson { get; private init; }

    private ScenarioText()
    {
    }

    /// <summary>The line (from 1) of <paramref name="path"/>, or of the nearest element that contains it; null when none is known.</summary>
    public int? LineOf(string path)
    {
        _lines ??= Lines();
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
        // A JSON file is read by the contract's own JSON reader, with no YAML events; the events (for the lines of any
        // later error) are made only when asked for. A file that reader refuses goes the YAML way, which words each problem.
        if (AsJson(utf8.Span) is { } fast)
        {
            return (fast, new ScenarioText { _unparsed = utf8.ToArray(), ReadAsJson = true }, []);
        }

        var text = new ScenarioText();
        if (text.Parse(Encoding.UTF8.GetString(utf8.Span)) is { } refused)
        {
            return (null, text, [refused]);
        }

        var json = new ArrayBufferWriter<byte>(Math.Max(256, utf8.Length));
        using var output = new Utf8JsonWriter(json, new JsonWriterOptions { SkipValidation = true });
        var writer = new Writer(text, output);
        writer.Root();
        if (writer.Errors.Count > 0)
        {
            return (null, text, writer.Errors);
        }

        try
        {
            var document = JsonSerializer.Deserialize(json.WrittenSpan, LscpJsonContext.Default.ScenarioDocument);
            return (document, text, document is null ? [new("$", "the file is empty.", 1)] : []);
        }
        catch (JsonException e)
        {
            // The contract reader's own description (an unknown key, a wrong type), with the line the key is on.
            // The JSON written from the events is one line: its line number means nothing in the file, whose own is added.
            var error = PartnershipJson.Describe(e, withLine: false);
            return (null, text, [new(error.Path, error.Message, text.LineOf(error.Path))]);
        }
    }

    /// <summary>
    /// The file read as JSON by the contract's reader, or null when it is not JSON that the YAML way would read the
    /// same: anything but an object at the root, a null (the YAML way refuses it at its path), a number with an exponent
    /// (YAML reads 1e3 as text), nesting past <see cref="MaxDepth"/>, or anything the contract refuses.
    /// </summary>
    private static ScenarioDocument? AsJson(ReadOnlySpan<byte> utf8)
    {
        var first = utf8.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || utf8[first] != (byte)'{')
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.Null
                    || (reader.TokenType == JsonTokenType.Number && reader.ValueSpan.IndexOfAny("eE"u8) >= 0))
                {
                    return null;
                }
            }

            return JsonSerializer.Deserialize(utf8, LscpJsonContext.Default.ScenarioDocument);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads every event of the file into <see cref="_events"/>, refusing at once a second document, a root that is not a
    /// mapping, nesting past <see cref="MaxDepth"/>, and an alias that names no anchor before it.
    /// </summary>
    private ApiError? Parse(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        var open = new Stack<(string Anchor, int Index, int Depth)>();
        var depth = 0;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                var line = (int)e.Start.Line;
                switch (e)
                {
                    case StreamStart or StreamEnd or DocumentEnd or Comment:
                        continue;
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            return new("$", "the file must hold one scenario; it holds a second document (after ---).", line);
                        }

                        continue;
                    case MappingStart or SequenceStart:
                        if (depth == 0 && e is not MappingStart)
                        {
                            return RootNotMapping(line);
                        }

                        if (++depth > MaxDepth)
                        {
                            return new("$", $"the file is nested more than {MaxDepth} levels deep (lists and mappings inside one another); a scenario needs far fewer.", line);
                        }

                        if (((NodeEvent)e).Anchor is { IsEmpty: false } anchor)
                        {
                            open.Push((anchor.Value, _events.Count, depth));
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        // An anchored mapping or list can be repeated once it is whole, not from inside itself.
                        if (open.TryPeek(out var top) && top.Depth == depth)
                        {
                            anchors[open.Pop().Anchor] = top.Index;
                        }

                        depth--;
                        break;
                    case Scalar scalar:
                        if (depth == 0)
                        {
                            return RootNotMapping(line);
                        }

                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = _events.Count;
                        }

                        break;
                    case AnchorAlias alias:
                        if (depth == 0)
                        {
                            return RootNotMapping(line);
                        }

                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            return new("$", open.Any(o => o.Anchor == alias.Value.Value)
                                ? $"the alias *{Echo.Of(alias.Value.Value)} is inside the node its anchor names, which would repeat without end."
                                : $"the alias *{Echo.Of(alias.Value.Value)} names no anchor (&{Echo.Of(alias.Value.Value)}) before it.", line);
                        }

                        _aliases[_events.Count] = target;
                        break;
                }

                _events.Add(e);
            }
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            return new("$", $"the file is not valid YAML or JSON: {message}", (int)e.Start.Line);
        }

        return _events.Count == 0 ? new("$", "the file is empty.", 1) : null;
    }

    private static ApiError RootNotMapping(int line) =>
        new("$", "the file must hold one scenario: keys such as name, partnership, period, asOf and records.", line);

    /// <summary>The line of every element by its JSON path, read from the events already parsed.</summary>
    private Dictionary<string, int> Lines()
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_unparsed is { } json)
        {
            // Read as JSON with no events: parsed now, because an error needs a line (a file JSON reads parses as YAML).
            _unparsed = null;
            _ = Parse(Encoding.UTF8.GetString(json));
        }

        if (_events.Count > 0)
        {
            Walk(0, "$");
        }

        return lines;

        // Returns the index after the node at i; an alias's elements are not walked (its own line stands for them).
        int Walk(int i, string path)
        {
            var e = _events[i];
            lines.TryAdd(path, (int)e.Start.Line);
            switch (e)
            {
                case MappingStart:
                    i++;
                    while (_events[i] is not MappingEnd)
                    {
                        // An element is on its key's line (a nested mapping's value starts on the next).
                        var name = (_events[i] as Scalar)?.Value ?? string.Empty;
                        lines.TryAdd($"{path}.{name}", (int)_events[i].Start.Line);
                        i = Walk(Skip(i), $"{path}.{name}");
                    }

                    return i + 1;
                case SequenceStart:
                    i++;
                    for (var k = 0; _events[i] is not SequenceEnd; k++)
                    {
                        i = Walk(i, $"{path}[{k}]");
                    }

                    return i + 1;
                default:
                    return i + 1;
            }
        }
    }

    /// <summary>The index after the node that starts at <paramref name="i"/>.</summary>
    private int Skip(int i)
    {
        if (_events[i] is not (MappingStart or SequenceStart))
        {
            return i + 1;
        }

        var depth = 0;
        do
        {
            depth += _events[i] switch { MappingStart or SequenceStart => 1, MappingEnd or SequenceEnd => -1, _ => 0 };
            i++;
        }
        while (depth > 0);
        return i;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    /// <summary>Writes the events as JSON text, node by node, following the contract's metadata.</summary>
    private sealed class Writer(ScenarioText text, Utf8JsonWriter json)
    {
        private const int MaxErrors = 100;
        private const string TooDeep = "the file is nested more than 32 levels deep once its aliases are repeated; a scenario needs far fewer.";

        private readonly Utf8JsonWriter _json = json;

        // The path of the node being written, as segments: formatted only when an error names it.
        private readonly List<(string? Name, int Index)> _path = [];
        private int _aliasNodes;

        public List<ApiError> Errors { get; } = [];

        public void Root()
        {
            // Stopped (-1) at an error after which nothing more can be read: that error is in Errors.
            _ = Node(0, typeof(ScenarioDocument), depth: 1, repeated: false);
            _json.Flush();
        }

        /// <summary>Writes the node at <paramref name="i"/>; returns the index after it, or -1 at an error that stops the reading.</summary>
        /// <param name="i">The node's first event.</param>
        /// <param name="target">The contract's type at this place, when the key is one the contract knows; null otherwise.</param>
        /// <param name="depth">The node's nesting level (the file's root mapping is 1).</param>
        /// <param name="repeated">True inside the node an alias repeats.</param>
        private int Node(int i, Type? target, int depth, bool repeated)
        {
            var e = text._events[i];
            if (repeated && ++_aliasNodes > MaxAliasNodes)
            {
                return Stop(e, $"the aliases (*name) of this file repeat more than {MaxAliasNodes:N0} nodes in all; write the repeated parts out, or repeat less.");
            }

            switch (e)
            {
                case AnchorAlias:
                    return Node(text._aliases[i], target, depth, repeated: true) < 0 ? -1 : i + 1;
                case MappingStart:
                    if (depth > MaxDepth)
                    {
                        return Stop(e, TooDeep);
                    }

                    var info = Metadata(target);
                    _json.WriteStartObject();
                    i++;
                    while (text._events[i] is not MappingEnd)
                    {
                        if (text._events[i] is not Scalar key)
                        {
                            return Stop(text._events[i], "a key must be a word (such as name or records), not a list or a mapping.");
                        }

                        var name = key.Value;
                        _json.WritePropertyName(name);
                        _path.Add((name, 0));
                        i = Node(i + 1, info?.Kind switch
                        {
                            JsonTypeInfoKind.Object => Property(info, name),
                            JsonTypeInfoKind.Dictionary => info.ElementType,
                            _ => null,
                        }, depth + 1, repeated);
                        _path.RemoveAt(_path.Count - 1);
                        if (i < 0)
                        {
                            return -1;
                        }
                    }

                    _json.WriteEndObject();
                    return i + 1;
                case SequenceStart:
                    if (depth > MaxDepth)
                    {
                        return Stop(e, TooDeep);
                    }

                    var element = Metadata(target) is { Kind: JsonTypeInfoKind.Enumerable } list ? list.ElementType : null;
                    _json.WriteStartArray();
                    i++;
                    for (var k = 0; text._events[i] is not SequenceEnd; k++)
                    {
                        _path.Add((null, k));
                        i = Node(i, element, depth + 1, repeated);
                        _path.RemoveAt(_path.Count - 1);
                        if (i < 0)
                        {
                            return -1;
                        }
                    }

                    _json.WriteEndArray();
                    return i + 1;
                case Scalar scalar:
                    Scalar(scalar, target);
                    return i + 1;
                default:
                    return Stop(e, "the file holds a YAML element a scenario cannot have.");
            }
        }

        private void Scalar(Scalar scalar, Type? target)
        {
            switch (scalar)
            {
                case { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" }:
                    // The document has no null anywhere: a key with nothing to say is left out.
                    if (Errors.Count < MaxErrors)
                    {
                        Errors.Add(new(CurrentPath(), "is empty; give a value, or leave the key out.", (int)scalar.Start.Line));
                    }

                    _json.WriteNullValue();
                    return;
                case { Style: ScalarStyle.Plain, Value: var plain } when target == typeof(string):
                    // The contract has text here: the scalar as written, as the runner reads it ("30", "0.75", "2024").
                    _json.WriteStringValue(plain);
                    return;
                case { Style: ScalarStyle.Plain, Value: var plain }:
                    // Elsewhere plain scalars take YAML's core schema types: booleans and numbers; anything else is text (dates too).
                    if (plain is "true" or "True" or "TRUE")
                    {
                        _json.WriteBooleanValue(true);
                    }
                    else if (plain is "false" or "False" or "FALSE")
                    {
                        _json.WriteBooleanValue(false);
                    }
                    else if (long.TryParse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                    {
                        _json.WriteNumberValue(whole);
                    }
                    else if (decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    {
                        _json.WriteNumberValue(number);
                    }
                    else
                    {
                        _json.WriteStringValue(plain);
                    }

                    return;
                case { Style: ScalarStyle.Folded or ScalarStyle.Literal, Value: var block }:
                    // A block scalar's line breaks are YAML's layout, not characters the author typed: one line of text.
                    _json.WriteStringValue(string.Join(' ', block.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
                    return;
                default:
                    _json.WriteStringValue(scalar.Value);
                    return;
            }
        }

        private string CurrentPath()
        {
            var path = new StringBuilder("$");
            foreach (var (name, index) in _path)
            {
                _ = name is null ? path.Append('[').Append(index).Append(']') : path.Append('.').Append(name);
            }

            return path.ToString();
        }

        private int Stop(ParsingEvent at, string message)
        {
            Errors.Add(new(CurrentPath(), message, (int)at.Start.Line));
            return -1;
        }

        /// <summary>The contract's metadata for <paramref name="target"/> (looked up for mappings and lists only, not for every scalar).</summary>
        private static JsonTypeInfo? Metadata(Type? target) => target is null ? null : LscpJsonContext.Default.GetTypeInfo(target);

        private static Type? Property(JsonTypeInfo info, string name)
        {
            foreach (var property in info.Properties)
            {
                if (property.Name == name)
                {
                    return property.PropertyType;
                }
            }

            return null;
        }
    }
}
