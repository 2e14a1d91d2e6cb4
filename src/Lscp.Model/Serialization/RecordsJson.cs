using System.Text.Json;
using Lscp.Model.Records;

namespace Lscp.Model.Serialization;

/// <summary>
/// Reads and writes a partnership's records as JSON: <c>{ "meetings": [...], "decisions": [...], "incidents": [...], "yearlyReports": [...] }</c>.
/// Reading reports every problem at once with its JSON path, as <see cref="PartnershipJson"/> does.
/// </summary>
public static class RecordsJson
{
    /// <summary>Reads records from JSON text.</summary>
    /// <exception cref="InvalidRecordsException">The document is invalid; every problem is listed.</exception>
    public static PartnershipRecords Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        RecordsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, PartnershipJsonContext.Default.RecordsDocument);
        }
        catch (JsonException e)
        {
            throw new InvalidRecordsException([PartnershipJson.Describe(e)]);
        }

        return FromDocument(document ?? throw new InvalidRecordsException([new ValidationError("$", "the document is null; expected a records object.")]), "$");
    }

    /// <summary>Turns a parsed document (for example, part of an HTTP request) into records; <paramref name="root"/> prefixes every error path.</summary>
    /// <exception cref="InvalidRecordsException">The document is invalid; every problem is listed.</exception>
    public static PartnershipRecords FromDocument(RecordsDocument document, string root = "$")
    {
        ArgumentNullException.ThrowIfNull(document);
        return RecordsDocumentMapper.ToModel(document, root, out var errors) ?? throw new InvalidRecordsException(errors);
    }

    /// <summary>The document form of <paramref name="records"/>.</summary>
    public static RecordsDocument ToDocument(PartnershipRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return RecordsDocumentMapper.ToDocument(records);
    }

    /// <summary>Writes records as indented JSON that <see cref="Read"/> reads back.</summary>
    public static string Write(PartnershipRecords records) => JsonSerializer.Serialize(ToDocument(records), PartnershipJsonContext.Default.RecordsDocument);
}
