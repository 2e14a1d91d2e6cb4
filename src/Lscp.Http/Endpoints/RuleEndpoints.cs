using Lscp.Http.Results;
using Lscp.Contracts;
using Lscp.Adapters;
using Lscp.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Lscp.Http.Endpoints;

/// <summary>The rule catalogue (<c>/v1/rules</c>) and the service's health (<c>/health</c>).</summary>
internal static class RuleEndpoints
{
    public static RouteGroupBuilder MapRuleEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapMethods("/rules", GetAndHead.Methods, Rules).WithName("ListRules").WithTags("Rules")
            .WithSummary("Every rule with its id, citation, confidence, dates and parameters")
            .WithDescription("The rulebook the service answers from: each rule's id, title, area, citation (its source, the confidence the words found support, and the words quoted), the days it applies and its parameters with their defaults and what those defaults rest on.");
        return v1;
    }

    public static RouteHandlerBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/health", GetAndHead.Methods, Health).WithName("Health").WithTags("Health").WithSummary("The service is up, and the versions it answers from")
            .WithDescription("Always 'healthy' while the service answers. When API keys are configured, a caller without a valid key is told only that; with one (or with no keys configured) the calendar data, rulebook and library versions too. Never asks for a key.");

    private static ContractOk<IReadOnlyList<RuleDefinition>> Rules(IOptions<LscpOptions> options) =>
        ContractResults.Ok<IReadOnlyList<RuleDefinition>>([.. options.Value.Rulebook.Definitions.Select(r => r.ToContract())]);

    private static ContractOk<HealthResponse> Health(HttpContext http, IOptions<LscpOptions> options) =>
        ContractResults.Ok(ApiKeyFilter.IsAuthenticated(http, options.Value)
            ? new HealthResponse("healthy", options.Value.Calendar.DataVersion, options.Value.Rulebook.Version, LibraryInfo.Version)
            : new HealthResponse("healthy"));
}
