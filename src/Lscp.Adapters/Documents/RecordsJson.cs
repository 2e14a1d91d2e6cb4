using Lscp.Contracts;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Lscp.Model.Records;
using Lscp.Contracts.Documents;

using Lscp.Model;

namespace Lscp.Adapters;

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
        Guard.Against.Null(json);
        RecordsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, LscpJsonContext.Default.RecordsDocument);
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
        Guard.Against.Null(document);
        return RecordsDocumentMapper.ToModel(document, root, out var errors) ?? throw new InvalidRecordsException(errors);
    }

    /// <summary>Turns a parsed document into records without throwing; error paths start at <paramref name="root"/>.</summary>
    /// <returns>True with the records, or false with every problem found.</returns>
    public static bool TryFromDocument(RecordsDocument document, string root, [NotNullWhen(true)] out PartnershipRecords? records, out IReadOnlyList<ValidationError> errors)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(root);
        records = RecordsDocumentMapper.ToModel(document, root, out errors);
        return records is not null;
    }

    /// <summary>Turns one meeting document into a meeting without throwing; error paths start at <paramref name="path"/> (such as <c>$.meeting</c>).</summary>
    /// <returns>True with the meeting, or false with every problem found.</returns>
    public static bool TryFromDocument(MeetingDocument document, string path, [NotNullWhen(true)] out Meeting? meeting, out IReadOnlyList<ValidationError> errors)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(path);
        meeting = RecordsDocumentMapper.MeetingToModel(document, path, out errors);
        return meeting is not null;
    }

    /// <summary>Turns one incident document into an incident without throwing; error paths start at <paramref name="path"/> (such as <c>$.incident</c>).</summary>
    /// <returns>True with the incident, or false with every problem found.</returns>
    public static bool TryFromDocument(IncidentDocument document, string path, [NotNullWhen(true)] out SeriousIncident? incident, out IReadOnlyList<ValidationError> errors)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(path);
        incident = RecordsDocumentMapper.IncidentToModel(document, path, out errors);
        return incident is not null;
    }

    /// <summary>Turns a list of yearly report documents into yearly reports without throwing; error paths start at <paramref name="path"/> (such as <c>$.yearlyReports</c>).</summary>
    /// <returns>True with the reports, or false with every problem found.</returns>
    public static bool TryFromDocument(IReadOnlyList<YearlyReportDocument?> documents, string path, [NotNullWhen(true)] out IReadOnlyList<YearlyReport>? reports, out IReadOnlyList<ValidationError> errors)
    {
        Guard.Against.Null(documents);
        Guard.Against.Null(path);
        reports = RecordsDocumentMapper.YearlyReportsToModel(documents, path, out errors);
        return reports is not null;
    }

    /// <summary>The document form of <paramref name="records"/>.</summary>
    public static RecordsDocument ToDocument(PartnershipRecords records)
    {
        Guard.Against.Null(records);
        return RecordsDocumentMapper.ToDocument(records);
    }

    /// <summary>Writes records as indented JSON that <see cref="Read"/> reads back.</summary>
    public static string Write(PartnershipRecords records) => JsonSerializer.Serialize(ToDocument(records), PartnershipJson.WriterContext.RecordsDocument);
}
