using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lscp.Contracts.Json;

/// <summary>
/// Reads a <see cref="WorkbookCell"/> from its token alone: a string (plain text, as every string of the wire) or a
/// number; any other value is skipped and kept as invalid, so that the service names it at its path.
/// </summary>
public sealed class WorkbookCellConverter : JsonConverter<WorkbookCell>
{
    /// <inheritdoc/>
    public override WorkbookCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString()!;
                return reader.ValueIsEscaped && PlainTextConverter.ContainsControlCharacter(text) ? throw new JsonException(PlainTextConverter.HasControlCharacter) : WorkbookCell.Of(text);
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) ? WorkbookCell.Of(number) : WorkbookCell.Invalid;
            default:
                reader.Skip();
                return WorkbookCell.Invalid;
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, WorkbookCell value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Text is { } text)
        {
            writer.WriteStringValue(text);
        }
        else if (value.Number is { } number && value.IsValid)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            throw new JsonException("a workbook cell is a string or a finite number.");
        }
    }
}
