using Lscp.Contracts;
using Lscp.Contracts.Documents;
using Lscp.Http.Input;
using Lscp.Adapters;
using Lscp.Http.Problems;
using Lscp.Http.Results;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Governance;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Lscp.Http.Endpoints;

/// <summary>
/// Questions about posted records: quorum, deadlines, compliance and what is due (<c>/v1/quorum</c>, <c>/v1/deadlines</c>,
/// <c>/v1/compliance</c>, <c>/v1/obligations</c>, <c>/v1/scenarios</c>). Each reads its body, validates it in one pass that names every element as the caller wrote it,
/// asks the rules, and maps the answer to the wire.
/// </summary>
internal static class RecordEndpoints
{
    public static RouteGroupBuilder MapRecordEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapPost("/quorum", Quorate).WithName("CheckQuorum").ProducesProblems([.. ProblemMetadata.InputAndLookup, .. ProblemMetadata.Body]).WithTags("Governance")
            .WithMetadata(new JsonBodyMetadata(typeof(QuorumRequest)))
            .WithSummary("Was a meeting quorate?").WithDescription("Body: a partnership (served id, or a document in 'arrangements') and the meeting. Says exactly what was missing.");
        v1.MapPost("/deadlines", Deadlines).WithName("GetDeadlines").ProducesProblems([.. ProblemMetadata.Input, .. ProblemMetadata.Body]).WithTags("Case reviews")
            .WithMetadata(new JsonBodyMetadata(typeof(DeadlinesRequest)))
            .WithSummary("The statutory clocks of an incident or yearly reports").WithDescription("Body: an incident and/or yearly reports, asOf (default: today in Europe/London), and optional local rulebook settings and suspensions. Each clock states its anchor, counting convention, due date and status.");
        v1.MapPost("/compliance", Compliance).WithName("EvaluateCompliance").ProducesProblems([.. ProblemMetadata.InputAndLookup, .. ProblemMetadata.Body]).WithTags("Compliance")
            .WithMetadata(new JsonBodyMetadata(typeof(ComplianceRequest)))
            .WithSummary("The compliance report for a period").WithDescription("Body: a partnership, its records, the period (default: the financial year containing asOf), asOf (default: today), and optional local rulebook settings and suspensions. Every finding is cited; the report names the rulebook, calendar and library versions.");
        v1.MapPost("/obligations", Obligations).WithName("GetObligations").ProducesProblems([.. ProblemMetadata.InputAndLookup, .. ProblemMetadata.Body]).WithTags("Compliance")
            .WithMetadata(new JsonBodyMetadata(typeof(ObligationsRequest)))
            .WithSummary("What is due, and when").WithDescription("Body: a partnership, its records, asOf (default: today), horizonDays (1 to 366, default 90) and optional local rulebook settings and suspensions. Every obligation open on asOf or falling due within the horizon, overdue ones included, by the latest day it can still be met: the records' open clocks (the same the compliance report counts) and each body's next meeting (its cadence window, its longest gap). Each is cited.");
        v1.MapPost("/obligations.ics", ObligationsIcs).WithName("GetObligationsIcs").ProducesProblems([.. ProblemMetadata.InputAndLookup, .. ProblemMetadata.Body]).WithTags("Compliance")
            .WithMetadata(new JsonBodyMetadata(typeof(ObligationsRequest)))
            .WithSummary("The same list as an iCalendar file").WithDescription("Body: as POST /v1/obligations. One all-day event on each obligation's latest day, its summary the rule and subject (OVERDUE first when it is), its description the action, the rule's title and citation, and what it rests on that is to confirm.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        v1.MapPost("/scenarios/due", ScenarioDue).WithName("GetScenarioObligations").ProducesProblems([.. ProblemMetadata.InputAndLookup, .. ProblemMetadata.Body]).WithTags("Compliance")
            .Accepts<Contracts.Documents.ScenarioDocument>("application/yaml", "application/json")
            .WithSummary("What is due on a scenario file's date").WithDescription("Body: a scenario file, as for POST /v1/scenarios. Query: horizonDays (1 to 366, default 90). The answer of POST /v1/obligations for the file's partnership, records, rulebook and asOf; the file's period is not used.");
        v1.MapPost("/scenarios/due.ics", ScenarioDueIcs).WithName("GetScenarioObligationsIcs").ProducesProblems([.. ProblemMetadata.InputAndLookup, .. ProblemMetadata.Body]).WithTags("Compliance")
            .Accepts<Contracts.Documents.ScenarioDocument>("application/yaml", "application/json")
            .WithSummary("The same list as an iCalendar file").WithDescription("Body and query as POST /v1/scenarios/due; the calendar of POST /v1/obligations.ics.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        v1.MapPost("/scenarios", Scenario).WithName("CheckScenario").ProducesProblems([.. ProblemMetadata.InputAndLookup, .. ProblemMetadata.Body]).WithTags("Compliance")
            .Accepts<Contracts.Documents.ScenarioDocument>("application/yaml", "application/json")
            .WithSummary("The compliance report of a scenario file").WithDescription("Body: a scenario file as the scenario runner reads it, YAML (Content-Type: application/yaml) or JSON: name, description, partnership or arrangements, period, asOf (required), rulebook and records; 'expect' is the runner's and is read but not checked here. Every error names its path and the line of the file it is on.");
        return v1;
    }

    private static async Task<Results<ContractOk<QuorumResponse>, ProblemHttpResult>> Quorate(HttpContext http, IOptions<LscpOptions> options)
    {
        var (request, refused) = await JsonBody.ReadAsync(http, LscpJsonContext.Default.QuorumRequest, options.Value.MaxRequestBodyBytes);
        if (request is null)
        {
            return refused!;
        }

        var input = new RequestInput(options.Value);
        ListLimits.Check(request, input.Errors, options.Value);
        var partnership = input.Errors.IsEmpty ? input.Partnership(request.Partnership, request.Arrangements) : null;
        Meeting? meeting = null;
        if (request.Meeting is null)
        {
            input.Errors.Invalid("$.meeting", "is required.");
        }
        else if (RecordsJson.TryFromDocument(request.Meeting, "$.meeting", out meeting, out var errors))
        {
            input.InRecordRange(meeting.Date, "$.meeting.date");
        }
        else
        {
            input.Errors.Invalid(errors);
        }

        if (input.Errors.IsEmpty && partnership is not null && meeting is not null)
        {
            input.Errors.Invalid(RecordsValidator.ValidateMeeting(partnership, meeting, "$.meeting"));
        }

        if (!input.Errors.IsEmpty || partnership is null || meeting is null)
        {
            return input.Errors.ToProblem();
        }

        return ContractResults.Ok(Quorum.Check(partnership.ArrangementsOn(meeting.Date), meeting).ToContract());
    }

    private static async Task<Results<ContractOk<DeadlinesResponse>, ProblemHttpResult>> Deadlines(HttpContext http, IOptions<LscpOptions> options, IClock clock)
    {
        var (request, refused) = await JsonBody.ReadAsync(http, LscpJsonContext.Default.DeadlinesRequest, options.Value.MaxRequestBodyBytes);
        if (request is null)
        {
            return refused!;
        }

        var o = options.Value;
        var input = new RequestInput(o);
        ListLimits.Check(request, input.Errors, o);
        if (request.Incident is null && (request.YearlyReports is null || request.YearlyReports.Count == 0))
        {
            input.Errors.Invalid("$.incident", "give an incident, or yearly reports, or both.");
        }

        if (!input.Errors.IsEmpty)
        {
            return input.Errors.ToProblem();
        }

        var asOf = request.AsOf ?? Today(clock);
        input.InRecordRange(asOf, "$.asOf");
        SeriousIncident? incident = null;
        if (request.Incident is { } document)
        {
            if (RecordsJson.TryFromDocument(document, "$.incident", out incident, out var errors))
            {
                input.InRecordRange(incident, "$.incident");
            }
            else
            {
                input.Errors.Invalid(errors);
            }
        }

        IReadOnlyList<YearlyReport> reports = [];
        if (request.YearlyReports is { Count: > 0 } yearly)
        {
            if (RecordsJson.TryFromDocument(yearly, "$.yearlyReports", out var read, out var errors))
            {
                reports = read;
                for (var i = 0; i < reports.Count; i++)
                {
                    input.InRecordRange(reports[i], $"$.yearlyReports[{i}]");
                }
            }
            else
            {
                input.Errors.Invalid(errors);
            }
        }

        if (!RulebookJson.TryApply(o.Rulebook, request.Rulebook, "$.rulebook", out var rulebook, out var rulebookErrors))
        {
            input.Errors.Invalid(rulebookErrors);
        }

        if (!input.Errors.IsEmpty || rulebook is null)
        {
            return input.Errors.ToProblem();
        }

        var records = new PartnershipRecords([], [], incident is null ? [] : [incident], reports);
        return ContractResults.Ok(DeadlineCalculator.ForRecords(records, asOf, rulebook, o.Calendar).ToContract());
    }

    private static async Task<Results<ContractOk<ComplianceResponse>, ProblemHttpResult>> Compliance(HttpContext http, IOptions<LscpOptions> options, IClock clock)
    {
        var (request, refused) = await JsonBody.ReadAsync(http, LscpJsonContext.Default.ComplianceRequest, options.Value.MaxRequestBodyBytes);
        if (request is null)
        {
            return refused!;
        }

        var (response, problem) = Evaluate(request, new RequestInput(options.Value), clock);
        return problem is null ? ContractResults.Ok(response!) : problem;
    }

    private static async Task<Results<ContractOk<ObligationsResponse>, ProblemHttpResult>> Obligations(HttpContext http, IOptions<LscpOptions> options, IClock clock)
    {
        var (list, problem) = await ObligationsOf(http, options.Value, clock);
        return list is null ? problem! : ContractResults.Ok(list);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ObligationsIcs(HttpContext http, IOptions<LscpOptions> options, IClock clock)
    {
        var (list, problem) = await ObligationsOf(http, options.Value, clock);
        return list is null ? problem! : TypedResults.Text(IcsFeed.Obligations(list, clock.GetCurrentInstant()), "text/calendar; charset=utf-8");
    }

    /// <summary>The list of a posted obligations request: read and validated once into a query, drawn up by the rules, mapped to the wire.</summary>
    private static async Task<(ObligationsResponse? List, ProblemHttpResult? Problem)> ObligationsOf(HttpContext http, LscpOptions options, IClock clock)
    {
        var (request, refused) = await JsonBody.ReadAsync(http, LscpJsonContext.Default.ObligationsRequest, options.MaxRequestBodyBytes);
        if (request is null)
        {
            return (null, refused);
        }

        var input = new RequestInput(options);
        ListLimits.Check(new ComplianceRequest(request.Partnership, request.Arrangements, request.Records, null, null, request.Rulebook), input.Errors, options);
        var query = input.Errors.IsEmpty ? input.Obligations(request, Today(clock)) : null;
        return query is null ? (null, input.Errors.ToProblem()) : (ObligationsHorizon.Build(query, options.Calendar).ToContract(), null);
    }

    private static async Task<Results<ContractOk<ScenarioResponse>, ProblemHttpResult>> Scenario(HttpContext http, IOptions<LscpOptions> options, IClock clock)
    {
        var (document, input, query, _, refused) = await ReadScenarioFile(http, options.Value, horizon: null);
        if (query is null)
        {
            return refused!;
        }

        var (response, problem) = Answer(input!, query);
        return problem is null ? ContractResults.Ok(new ScenarioResponse(document!.Name?.Trim(), document.Description?.Trim(), response!)) : problem;
    }

    private static async Task<Results<ContractOk<ObligationsResponse>, ProblemHttpResult>> ScenarioDue(HttpContext http, string? horizonDays, IOptions<LscpOptions> options)
    {
        var (_, _, query, days, refused) = await ReadScenarioFile(http, options.Value, horizonDays);
        return query is null ? refused! : ContractResults.Ok(ObligationsHorizon.Build(query, days, options.Value.Calendar).ToContract());
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ScenarioDueIcs(HttpContext http, string? horizonDays, IOptions<LscpOptions> options, IClock clock)
    {
        var (_, _, query, days, refused) = await ReadScenarioFile(http, options.Value, horizonDays);
        return query is null
            ? refused!
            : TypedResults.Text(IcsFeed.Obligations(ObligationsHorizon.Build(query, days, options.Value.Calendar).ToContract(), clock.GetCurrentInstant()), "text/calendar; charset=utf-8");
    }

    /// <summary>
    /// A scenario file read and validated once (its media type, size, YAML or JSON, every problem with its path and line)
    /// into its question; with the horizon query value (the routes of what is due: 90 days when absent, read once here).
    /// </summary>
    private static async Task<(ScenarioDocument? Document, RequestInput? Input, ComplianceQuery? Query, int HorizonDays, ProblemHttpResult? Problem)> ReadScenarioFile(HttpContext http, LscpOptions options, string? horizon)
    {
        var contentType = http.Request.ContentType;
        if (!JsonBody.IsJson(contentType) && !IsYaml(contentType))
        {
            return (null, null, null, 0, ProblemResult.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the scenario file as YAML (Content-Type: application/yaml) or JSON (application/json), in UTF-8."));
        }

        var (bytes, refused) = await JsonBody.ReadBytesAsync(http, options.MaxRequestBodyBytes);
        if (refused is not null)
        {
            return (null, null, null, 0, refused);
        }

        // The file is read (its text copied out) before the pooled body is given back.
        var (document, text, errors) = ReadScenario(bytes);
        if (document is null)
        {
            return (null, null, null, 0, ProblemResult.Create(StatusCodes.Status400BadRequest, "Invalid scenario file", "The file cannot be read as a scenario; errors says where, with the line.", errors));
        }

        var input = new RequestInput(options);
        var days = horizon is null ? ObligationsHorizon.DefaultDays : input.Whole(horizon, "horizonDays", 1, ObligationsHorizon.MaxDays) ?? 0;

        input.Errors.LineOf = text.LineOf;
        ListLimits.Check(new ComplianceRequest(document.Partnership, document.Arrangements, document.Records, null, null, document.Rulebook), input.Errors, options);
        var query = input.Errors.IsEmpty ? input.Scenario(document, text) : null;
        return (document, input, query, days, query is null ? input.Errors.ToProblem() : null);
    }

    private static (ScenarioDocument? Document, ScenarioText Text, IReadOnlyList<ApiError> Errors) ReadScenario(RequestBody body)
    {
        using (body)
        {
            return ScenarioText.Read(body.Memory);
        }
    }

    /// <summary>YAML by RFC 9512: <c>application/yaml</c>, with no charset or charset UTF-8.</summary>
    private static bool IsYaml(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/yaml", StringComparison.OrdinalIgnoreCase)
        && (media.Charset.Value is null || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The compliance report of a request: read and validated once into a query (every problem at its path), the report built from it, and mapped to the wire.</summary>
    private static (ComplianceResponse? Response, ProblemHttpResult? Problem) Evaluate(ComplianceRequest request, RequestInput input, IClock clock)
    {
        ListLimits.Check(request, input.Errors, input.Options);
        return Answer(input, input.Errors.IsEmpty ? input.Compliance(request, Today(clock)) : null);
    }

    /// <summary>The report of a query read and validated (one function of the rules, one mapping), or the problems the reading found.</summary>
    private static (ComplianceResponse? Response, ProblemHttpResult? Problem) Answer(RequestInput input, ComplianceQuery? query) => query is null
        ? (null, input.Errors.ToProblem())
        : (ComplianceReportBuilder.Build(query, input.Options.Calendar).ToContract(), null);

    /// <summary>The service's clock read once, at the edge: the rules take the date.</summary>
    private static LocalDate Today(IClock clock) => ComplianceEvaluator.Today(clock);
}
