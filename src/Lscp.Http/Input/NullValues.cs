using System.Text;
using System.Text.Json;
using Lscp.Contracts;

namespace Lscp.Http.Input;

/// <summary>
/// Finds <c>null</c> in a JSON body that has been read: no request document allows it (a member with no value is left
/// out), so each is refused at its path rather than read as if the member were absent. A body without the four bytes
/// <c>null</c> anywhere is passed at the cost of one vectorised search; only one that has them is walked token by token.
/// </summary>
internal static class NullValues
{
    public const string Message = "is null; no member of a request takes null: leave the member out when it has no value.";

    /// <summary>The path of every null in <paramref name="utf8"/> (JSON already read once, so well formed), in order.</summary>
    public static IReadOnlyList<ApiError> Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IndexOf("null"u8) < 0)
        {
            return [];
        }

        var found = new List<ApiError>();

        // The containers open around the current token: each with the segment it sits under in its parent, and for a
        // list the number of items read so far.
        var open = new List<(Segment At, bool IsList, int Items)>();
        string? name = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 32 });
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                name = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                open.RemoveAt(open.Count - 1);
                continue;
            }

            // A value: where it sits in its container.
            var at = default(Segment);
            if (open.Count > 0)
            {
                var parent = open[^1];
                at = parent.IsList ? new Segment(null, parent.Items) : new Segment(name, 0);
                open[^1] = parent with { Items = parent.Items + 1 };
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    open.Add((at, reader.TokenType == JsonTokenType.StartArray, 0));
                    break;
                case JsonTokenType.Null:
                    found.Add(new ApiError(Format(open, at), Message));
                    break;
            }
        }

        return found;
    }

    private static string Format(List<(Segment At, bool IsList, int Items)> open, Segment last)
    {
        var text = new StringBuilder("$");
        for (var i = 1; i < open.Count; i++)
        {
            open[i].At.AppendTo(text);
        }

        last.AppendTo(text);
        return text.ToString();
    }

    /// <summary>One step of a path: a member's name, or (when the name is null) an item's index.</summary>
    private readonly record struct Segment(string? Name, int Index)
    {
        public void AppendTo(StringBuilder text) =>
            _ = Name is null ? text.Append('[').Append(Index).Append(']') : text.Append('.').Append(Name);
    }
}
