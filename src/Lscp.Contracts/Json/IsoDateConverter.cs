using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Lscp.Contracts.Json;

/// <summary>
/// A <see cref="LocalDate"/> as an ISO <c>yyyy-MM-dd</c> string, written with NodaTime's ISO pattern. A value that is not a
/// real calendar date in that exact form (<see cref="IsoDate"/>) is refused with a <see cref="JsonException"/> (its path is added by the serializer).
/// </summary>
public sealed class IsoDateConverter : JsonConverter<LocalDate>
{
    /// <summary>The wording of a refused date, the same wherever a date is read (<see cref="IsoDate.NotADate"/>).</summary>
    public const string NotADate = IsoDate.NotADate;

    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && IsoDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException(NotADate);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
