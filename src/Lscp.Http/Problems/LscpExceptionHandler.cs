using System.Collections.Immutable;
using System.Text.Json;
using Lscp.Client.Contracts;
using Lscp.Model;
using Lscp.Model.Serialization;
using Lscp.Rules.Calendar;
using Microsoft.AspNetCore.Diagnostics;

namespace Lscp.Http.Problems;

/// <summary>
/// Turns every exception from the Lscp endpoints into RFC 9457 problem+json: bad input is a 4xx naming the field and the
/// problem, never a 500; anything unexpected is a 500 with no stack trace. Only requests to Lscp routes are handled here.
/// </summary>
internal sealed class LscpExceptionHandler(ILogger<LscpExceptionHandler> logger) : IExceptionHandler
{
    // Problems are read by people: apostrophes as themselves, not \u0027.
    private static readonly LscpJsonContext Json = new(new JsonSerializerOptions(LscpJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware clears the request's endpoint before calling handlers; the feature keeps it.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<LscpEndpointMarker>() is null)
        {
            return false;
        }

        var problem = exception switch
        {
            LscpRequestException e => Problem(e.Status, e.Title, e.Message, e.Errors),
            ValidationFailedException e => Problem(400, "Invalid request", $"{e.Errors.Length} problem(s) in the request: {e.Errors[0]}{(e.Errors.Length > 1 ? " ..." : string.Empty)}", e.Errors),
            DateOutsideCalendarRangeException e => Problem(400, "Date outside the calendar", Strip(e), [new ValidationError(e.ParamName ?? "date", Strip(e))]),
            NoArrangementsInForceException e => Problem(404, "No arrangements in force", Strip(e), []),
            KeyNotFoundException e => Problem(404, "Not found", e.Message, []),
            ArgumentException e => Problem(400, "Invalid request", Strip(e), [new ValidationError(e.ParamName ?? "$", Strip(e))]),
            JsonException e => Describe(e),
            BadHttpRequestException e => Problem(e.StatusCode, "Bad request", e.Message, []),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unexpected error on {Path}", context.Request.Path);
            problem = Problem(500, "Unexpected error", "The service failed to answer; the error is logged. No detail is given here.", []);
        }

        context.Response.StatusCode = problem.Status ?? 500;
        context.Response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(context.Response.Body, problem with { Instance = context.Request.Path }, Json.ApiProblem, cancellationToken);
        return true;
    }

    internal static ApiProblem Describe(JsonException e)
    {
        var error = PartnershipJson.Describe(e);
        return Problem(400, "Malformed JSON", $"{error.Path}: {error.Message}", [error]);
    }

    private static ApiProblem Problem(int status, string title, string detail, ImmutableArray<ValidationError> errors) =>
        new($"https://httpstatuses.io/{status}", title, status, detail, null, errors.IsDefaultOrEmpty ? null : errors);

    private static string Strip(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
}

/// <summary>Marks the endpoints whose exceptions <see cref="LscpExceptionHandler"/> answers, so a host's own endpoints keep their handling.</summary>
internal sealed class LscpEndpointMarker;
