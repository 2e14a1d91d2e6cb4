using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Lscp.Model.Serialization;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> as an ISO date string, <c>"2024-04-01"</c>, with NodaTime's strict ISO pattern:
/// <c>"2023-02-30"</c> or <c>"2024-4-1"</c> fail with a <see cref="JsonException"/> that says what was wrong.
/// (In place of NodaTime.Serialization.SystemTextJson, which is not in this project's registry.)
/// </summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string such as \"2024-04-01\", not {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a valid date; write a real calendar date as yyyy-MM-dd, such as 2024-04-01.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
