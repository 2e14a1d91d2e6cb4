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
            .WithSummary("Every rule with its id, citation, confidence, dates and parameters");
        return v1;
    }

    public static RouteHandlerBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/health", GetAndHead.Methods, Health).WithName("Health").WithTags("Health").WithSummary("The service is up, and the versions it answers from");

    private static ContractOk<IReadOnlyList<RuleDefinition>> Rules(IOptions<LscpOptions> options) =>
        ContractResults.Ok<IReadOnlyList<RuleDefinition>>([.. options.Value.Rulebook.Definitions.Select(r => r.ToContract())]);

    private static ContractOk<HealthResponse> Health(HttpContext http, IOptions<LscpOptions> options) =>
        ContractResults.Ok(ApiKeyFilter.IsAuthenticated(http, options.Value)
            ? new HealthResponse("healthy", options.Value.Calendar.DataVersion, options.Value.Rulebook.Version, LibraryInfo.Version)
            : new HealthResponse("healthy"));
}
