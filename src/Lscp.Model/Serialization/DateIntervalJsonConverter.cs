using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Lscp.Model.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="DateInterval"/> as <c>{ "start": "2024-04-01", "end": "2025-03-31" }</c>, both ends inclusive.</summary>
public sealed class DateIntervalJsonConverter : JsonConverter<DateInterval>
{
    /// <inheritdoc/>
    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object { \"start\": \"yyyy-MM-dd\", \"end\": \"yyyy-MM-dd\" }.");
        }

        LocalDate? start = null, end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String ? LocalDatePattern.Iso.Parse(reader.GetString()!) : null;
            if (value is not { Success: true })
            {
                throw new JsonException($"'{name}' must be a date string such as \"2024-04-01\".");
            }

            switch (name)
            {
                case "start": start = value.Value; break;
                case "end": end = value.Value; break;
                default: throw new JsonException($"Unknown property '{name}'; a date interval has only 'start' and 'end'.");
            }
        }

        if (start is null || end is null)
        {
            throw new JsonException("A date interval needs both 'start' and 'end'.");
        }

        return end < start ? throw new JsonException($"The interval ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).") : new DateInterval(start.Value, end.Value);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("start", LocalDatePattern.Iso.Format(value.Start));
        writer.WriteString("end", LocalDatePattern.Iso.Format(value.End));
        writer.WriteEndObject();
    }
}
