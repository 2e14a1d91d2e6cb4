using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lscp.Contracts.Json;

/// <summary>
/// Every string of the wire format: refused, not repaired, when it holds a control character (U+0000 to U+001F or
/// U+007F), which JSON lets through as an escape such as <c>\u0000</c>. No field of the contract needs one, and a NUL
/// in particular would end the text early for some parsers. The serializer adds the path to the refusal.
/// </summary>
public sealed class PlainTextConverter : JsonConverter<string>
{
    /// <summary>The wording of the refusal.</summary>
    public const string HasControlCharacter = "holds a control character (such as NUL or an escape); send plain text.";

    /// <summary>The wording when the value is not a string at all.</summary>
    public const string NotAString = "has the wrong type: expected a string.";

    /// <inheritdoc/>
    public override bool HandleNull => false;

    /// <inheritdoc/>
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(NotAString);
        }

        var text = reader.GetString()!;
        return reader.ValueIsEscaped && ContainsControlCharacter(text) ? throw new JsonException(HasControlCharacter) : text;
    }

    /// <summary>True when <paramref name="text"/> holds a character from U+0000 to U+001F, or U+007F.</summary>
    public static bool ContainsControlCharacter(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\0', '\u001f') || text.Contains('\u007f');

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    /// <summary>A dictionary key (such as a rule id in an answer's <c>rules</c>), refused on the same terms as a value.</summary>
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString()!;
        return reader.ValueIsEscaped && ContainsControlCharacter(text) ? throw new JsonException(HasControlCharacter) : text;
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value);
    }
}
