using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Lscp.Contracts.Json;

/// <summary>
/// A <see cref="LocalDate"/> as an ISO <c>yyyy-MM-dd</c> string, through NodaTime's own converter. A value that is not a
/// real calendar date in that exact form is refused with a <see cref="JsonException"/> (its path is added by the serializer).
/// </summary>
public sealed class IsoDateConverter : JsonConverter<LocalDate>
{
    /// <summary>The wording of a refused date, the same wherever a date is read.</summary>
    public const string NotADate = "is not a valid date; write a real calendar date as yyyy-MM-dd, such as 2024-04-01.";

    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(NotADate);
        }

        try
        {
            return NodaConverters.LocalDateConverter.Read(ref reader, typeToConvert, options);
        }
        catch (Exception e) when (e is not JsonException)
        {
            throw new JsonException(NotADate, e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        NodaConverters.LocalDateConverter.Write(writer, value, options);
    }
}
