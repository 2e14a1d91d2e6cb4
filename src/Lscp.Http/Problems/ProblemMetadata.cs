using Lscp.Contracts;

namespace Lscp.Http.Problems;

/// <summary>Declares in the OpenAPI document the problem answers an endpoint can give, each with the <see cref="ApiProblem"/> schema.</summary>
internal static class ProblemMetadata
{
    /// <summary>The status a bad query, route or body value leads to: 400.</summary>
    public static readonly int[] Input = [StatusCodes.Status400BadRequest];

    /// <summary>Input statuses for routes that name a partnership, body, post or date that may not exist.</summary>
    public static readonly int[] InputAndLookup = [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound];

    /// <summary>What reading a JSON body adds: too slow, too large, not JSON.</summary>
    public static readonly int[] Body = [StatusCodes.Status408RequestTimeout, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType];

    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ApiProblem), ["application/problem+json"]));
        }

        return builder;
    }
}
