using System.Collections.Immutable;
using Lscp.Client.Contracts;
using Lscp.Model.Records;
using Lscp.Model.Serialization;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Governance;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Lscp.Http.Endpoints;

/// <summary>Questions about posted records: quorum, deadlines and compliance (<c>/v1/quorum</c>, <c>/v1/deadlines</c>, <c>/v1/compliance</c>).</summary>
internal static class RecordEndpoints
{
    public static RouteGroupBuilder MapRecordEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapPost("/quorum", Quorate).WithName("CheckQuorum").WithTags("Governance")
            .WithMetadata(new JsonBodyMetadata(typeof(QuorumRequest)))
            .WithSummary("Was a meeting quorate?").WithDescription("Body: a partnership (served id, or a document in 'arrangements') and the meeting. Says exactly what was missing.");
        v1.MapPost("/deadlines", Deadlines).WithName("GetDeadlines").WithTags("Case reviews")
            .WithMetadata(new JsonBodyMetadata(typeof(DeadlinesRequest)))
            .WithSummary("The statutory clocks of an incident or yearly reports").WithDescription("Body: an incident and/or yearly reports, asOf (default: today in Europe/London), and optional local rulebook settings and suspensions. Each clock states its anchor, counting convention, due date and status.");
        v1.MapPost("/compliance", Compliance).WithName("EvaluateCompliance").WithTags("Compliance")
            .WithMetadata(new JsonBodyMetadata(typeof(ComplianceRequest)))
            .WithSummary("The compliance report for a period").WithDescription("Body: a partnership, its records, the period (default: the financial year containing asOf), asOf (default: today), and optional local rulebook settings and suspensions. Every finding is cited; the report names the rulebook, calendar and library versions.");
        return v1;
    }

    private static async Task<Ok<QuorumResult>> Quorate(HttpContext http, IOptions<LscpOptions> options)
    {
        var request = await RequestInput.BodyAsync(http, LscpJsonContext.Default.QuorumRequest, options.Value.MaxRequestBodyBytes);
        ListLimits.Check(request, options.Value.MaxListItems);
        var partnership = PartnershipSource.FromRequest(options.Value, request.Partnership, request.Arrangements);
        if (request.Meeting is null)
        {
            throw Problems.LscpRequestException.Invalid("$.meeting", "is required.");
        }

        var records = RecordsJson.FromDocument(new RecordsDocument { Meetings = [request.Meeting] }, "$");
        RequestInput.CheckInRange(records.Meetings[0].Date, "$.meeting.date", options.Value);
        var errors = RecordsValidator.Validate(partnership, records);
        if (errors.Count > 0)
        {
            throw new InvalidRecordsException(errors.Select(e => e with { Path = "$." + e.Path.Replace("meetings[0]", "meeting", StringComparison.Ordinal) }));
        }

        var meeting = records.Meetings[0];
        return TypedResults.Ok(Quorum.Check(partnership.ArrangementsOn(meeting.Date), meeting));
    }

    private static async Task<Ok<ImmutableArray<Deadline>>> Deadlines(HttpContext http, IOptions<LscpOptions> options, IClock clock)
    {
        var request = await RequestInput.BodyAsync(http, LscpJsonContext.Default.DeadlinesRequest, options.Value.MaxRequestBodyBytes);
        ListLimits.Check(request, options.Value.MaxListItems);
        if (request.Incident is null && (request.YearlyReports is null || request.YearlyReports.Count == 0))
        {
            throw Problems.LscpRequestException.Invalid("$.incident", "give an incident, or yearly reports, or both.");
        }

        var o = options.Value;
        var asOf = request.AsOf ?? clock.GetCurrentInstant().InZone(ComplianceEvaluator.London).Date;
        RequestInput.CheckInRange(asOf, "$.asOf", o);
        PartnershipRecords records;
        try
        {
            records = RecordsJson.FromDocument(new RecordsDocument { Incidents = request.Incident is null ? null : [request.Incident], YearlyReports = request.YearlyReports }, "$");
            RequestInput.CheckInRange(records, "$", o);
        }
        catch (InvalidRecordsException e)
        {
            // The request holds one incident, not a list: name it as the caller wrote it.
            throw new InvalidRecordsException(e.Errors.Select(x => x with { Path = x.Path.Replace("$.incidents[0]", "$.incident", StringComparison.Ordinal) }));
        }

        var rulebook = RulebookJson.Apply(o.Rulebook, request.Rulebook, "$.rulebook");
        return TypedResults.Ok(DeadlineCalculator.ForRecords(records, asOf, rulebook, o.Calendar));
    }

    private static async Task<Ok<ComplianceReport>> Compliance(HttpContext http, IOptions<LscpOptions> options, IClock clock)
    {
        var request = await RequestInput.BodyAsync(http, LscpJsonContext.Default.ComplianceRequest, options.Value.MaxRequestBodyBytes);
        ListLimits.Check(request, options.Value.MaxListItems);
        var o = options.Value;
        var partnership = PartnershipSource.FromRequest(o, request.Partnership, request.Arrangements);
        var records = request.Records is null ? PartnershipRecords.Empty : RecordsJson.FromDocument(request.Records, "$.records");
        RequestInput.CheckInRange(records, "$.records", o);
        if (request.AsOf is { } requestedAsOf)
        {
            RequestInput.CheckInRange(requestedAsOf, "$.asOf", o);
        }

        if (request.Period is { } period)
        {
            RequestInput.CheckInRange(period.Start, "$.period.start", o);
            RequestInput.CheckInRange(period.End, "$.period.end", o);
        }

        var evaluationClock = request.AsOf is { } asOf ? new FixedDateClock(asOf) : clock;
        try
        {
            return TypedResults.Ok(ComplianceReportBuilder.Build(partnership, records, request.Period, RulebookJson.Apply(o.Rulebook, request.Rulebook, "$.rulebook"), o.Calendar, evaluationClock));
        }
        catch (InvalidRecordsException e)
        {
            throw new InvalidRecordsException(e.Errors.Select(x => x with { Path = "$.records." + x.Path }));
        }
    }

}
