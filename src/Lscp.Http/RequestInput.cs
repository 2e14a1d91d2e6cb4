using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lscp.Http.Problems;
using Lscp.Model;
using Lscp.Model.Records;
using Microsoft.AspNetCore.Http.Features;
using NodaTime;
using NodaTime.Text;

namespace Lscp.Http;

/// <summary>
/// Reads the query, route and body of a request, refusing bad input with a problem that names the field: dates must be real
/// ISO dates, numbers whole and in range, bodies JSON, within the size limit, with no unknown properties.
/// </summary>
internal static class RequestInput
{
    /// <summary>The dates the service accepts anywhere in a request: the working-day calendar's range.</summary>
    public static void CheckInRange(LocalDate date, string field, LscpOptions options)
    {
        if (date < options.Calendar.MinDate || date > options.Calendar.MaxDate)
        {
            throw LscpRequestException.Invalid(field, $"{date:uuuu-MM-dd} is outside the supported range, {options.Calendar.MinDate:uuuu-MM-dd} to {options.Calendar.MaxDate:uuuu-MM-dd} inclusive.");
        }
    }

    /// <summary>Every date in <paramref name="records"/> within the supported range; paths start at <paramref name="root"/>.</summary>
    public static void CheckInRange(PartnershipRecords records, string root, LscpOptions options)
    {
        var errors = new List<ValidationError>();
        void Check(LocalDate? date, string path)
        {
            if (date is { } d && (d < options.Calendar.MinDate || d > options.Calendar.MaxDate))
            {
                errors.Add(new(path, $"{d:uuuu-MM-dd} is outside the supported range, {options.Calendar.MinDate:uuuu-MM-dd} to {options.Calendar.MaxDate:uuuu-MM-dd} inclusive."));
            }
        }

        for (var i = 0; i < records.Meetings.Length; i++)
        {
            Check(records.Meetings[i].Date, $"{root}.meetings[{i}].date");
        }

        for (var i = 0; i < records.Decisions.Length; i++)
        {
            Check(records.Decisions[i].Date, $"{root}.decisions[{i}].date");
        }

        for (var i = 0; i < records.Incidents.Length; i++)
        {
            var incident = records.Incidents[i];
            var path = $"{root}.incidents[{i}]";
            Check(incident.LocalAuthorityAwareOn, $"{path}.localAuthorityAwareOn");
            Check(incident.NotifiedPanelOn, $"{path}.notifiedPanelOn");
            Check(incident.ReportedToPartnersOn, $"{path}.reportedToPartnersOn");
            Check(incident.RapidReviewSentOn, $"{path}.rapidReviewSentOn");
            Check(incident.LocalReview?.InitiatedOn, $"{path}.localReview.initiatedOn");
            Check(incident.LocalReview?.FinalReportSentOn, $"{path}.localReview.finalReportSentOn");
            Check(incident.LocalReview?.PublishedOn, $"{path}.localReview.publishedOn");
            foreach (var (pause, p) in (incident.LocalReview?.Pauses ?? []).Select((pause, p) => (pause, p)))
            {
                Check(pause.From, $"{path}.localReview.pauses[{p}].from");
                Check(pause.To, $"{path}.localReview.pauses[{p}].to");
            }
        }

        for (var i = 0; i < records.YearlyReports.Length; i++)
        {
            var report = records.YearlyReports[i];
            var path = $"{root}.yearlyReports[{i}]";
            Check(report.CoversFrom, $"{path}.coversFrom");
            Check(report.CoversTo, $"{path}.coversTo");
            Check(report.PublishedOn, $"{path}.publishedOn");
            Check(report.SentToPanelOn, $"{path}.sentToPanelOn");
            Check(report.SentToWhatWorksOn, $"{path}.sentToWhatWorksOn");
        }

        if (errors.Count > 0)
        {
            throw new InvalidRecordsException(errors);
        }
    }

    public static LocalDate Date(string? value, string name, LscpOptions options)
    {
        var date = Date(value, name);
        CheckInRange(date, name, options);
        return date;
    }

    public static LocalDate Date(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw LscpRequestException.Invalid(name, "is required: a date such as 2024-04-01.");
        }

        var result = LocalDatePattern.Iso.Parse(value);
        return result.Success ? result.Value : throw LscpRequestException.Invalid(name, $"'{value}' is not a valid date; write a real calendar date as yyyy-MM-dd, such as 2024-04-01.");
    }

    public static int Whole(string? value, string name, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw LscpRequestException.Invalid(name, $"is required: a whole number from {min} to {max}.");
        }

        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw LscpRequestException.Invalid(name, $"'{value}' is not a whole number from {min} to {max}.");
    }

    public static string Choice(string? value, string name, string fallback, params string[] choices)
    {
        if (value is null)
        {
            return fallback;
        }

        return choices.Contains(value) ? value : throw LscpRequestException.Invalid(name, $"'{value}' is not one of {string.Join(", ", choices)}.");
    }

    /// <summary>
    /// The request body as <typeparamref name="T"/>: JSON content type, at most <paramref name="maxBytes"/>, well formed, no unknown
    /// or duplicate properties, at most 32 levels deep. (List lengths are checked by <see cref="ListLimits"/>.)
    /// </summary>
    public static async Task<T> BodyAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo, long maxBytes)
        where T : class
    {
        var request = context.Request;
        if (request.ContentType is not { } contentType || !(contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase)))
        {
            throw new LscpRequestException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"The body must be JSON (Content-Type: application/json), not '{request.ContentType ?? "none"}'.");
        }

        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit && (limit.MaxRequestBodySize is null || limit.MaxRequestBodySize > maxBytes))
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes);
        }

        if (buffer.Length == 0)
        {
            throw LscpRequestException.Invalid("$", "the body is empty; send a JSON object.");
        }

        T body;
        try
        {
            body = JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), typeInfo)
                ?? throw LscpRequestException.Invalid("$", "the body is null; send a JSON object.");
        }
        catch (JsonException e)
        {
            var problem = LscpExceptionHandler.Describe(e);
            throw new LscpRequestException(400, problem.Title!, problem.Detail!, problem.Errors ?? []);
        }

        return body;
    }

    private static LscpRequestException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than the limit of {maxBytes} bytes.");
}
