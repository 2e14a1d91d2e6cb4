using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Lscp.Http.OpenApi;

/// <summary>
/// What the document says of itself: where its paths are served (the host serving it) and what each tag groups. No licence is stated: the project has not chosen one, and none is invented.
/// </summary>
internal sealed class DocumentFilter : IDocumentFilter
{
    /// <summary>Each tag the operations use, with what it groups.</summary>
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Health", "Whether the service is up, and the versions of the rules, rulebook and calendar it answers from."),
        ("Calendar", "England and Wales working days and bank holidays, as the statutory clocks count them."),
        ("Partnerships", "The partnerships served, their arrangements on any date, the relevant agencies and child death review partners."),
        ("Governance", "Chairs and their rotation, meeting schedules (and their calendar feed), accountability, and whether a meeting was quorate."),
        ("Case reviews", "The statutory clocks of a serious incident and of yearly reports: due dates, status and how each was counted."),
        ("Compliance", "Compliance reports of posted records or a scenario file, and what is due, and when, each finding and obligation cited."),
        ("Rules", "The rule catalogue: every rule with its source, confidence, dates and parameters."),
    ];

    /// <summary>The answers that are files, by media type, with what each is.</summary>
    private static readonly (string MediaType, string Description)[] Files =
    [
        ("text/calendar", "An iCalendar file (RFC 5545)."),
        (Endpoints.WorkbookEndpoints.Xlsx, "A spreadsheet (Office Open XML, .xlsx)."),
    ];

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        // Relative: the paths are served by whichever host serves this document (http://localhost:5080 for dotnet run), so
        // Swagger UI on a deployment calls that deployment, not a developer's machine.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host serving this document: http://localhost:5080 as dotnet run starts the service, or a deployment's own address." }];
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        document.Info.Contact = new OpenApiContact { Name = "Lscp, the safeguarding partnership governance library and service" };

        // A calendar feed (RFC 5545 text) and a spreadsheet are files, not JSON strings: generators hand a file over as bytes
        // or a stream, where they would read a plain string answer as JSON and fail on "BEGIN:VCALENDAR".
        var responses = document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()).SelectMany(o => o.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>());
        foreach (var content in responses.Select(r => r.Content).OfType<IDictionary<string, IOpenApiMediaType>>())
        {
            foreach (var (mediaType, description) in Files)
            {
                if (content.TryGetValue(mediaType, out var file) && file is OpenApiMediaType media)
                {
                    media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = description };
                }
            }
        }
    }
}
