using System.Collections.Immutable;
using Lscp.Client.Contracts;
using Lscp.Rules;
using Lscp.Rules.Catalogue;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Lscp.Http.Endpoints;

/// <summary>The rule catalogue and the service's health.</summary>
internal static class RuleEndpoints
{
    public static RouteGroupBuilder MapRuleEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGet("/rules", Rules).WithName("ListRules").WithTags("Rules")
            .WithSummary("Every rule with its id, citation, confidence, dates and parameters");
        return v1;
    }

    public static IEndpointConventionBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", Health).WithName("Health").WithTags("Health").WithSummary("The service is up, and the versions it answers from");

    private static Ok<ImmutableArray<RuleDefinition>> Rules(IOptions<LscpOptions> options) => TypedResults.Ok(options.Value.Rulebook.Definitions);

    private static Ok<HealthResponse> Health(IOptions<LscpOptions> options) =>
        TypedResults.Ok(new HealthResponse("healthy", options.Value.Calendar.DataVersion, options.Value.Rulebook.Version, LibraryInfo.Version));
}
