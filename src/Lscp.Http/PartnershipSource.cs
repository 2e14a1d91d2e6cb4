using Lscp.Http.Problems;
using Lscp.Model;
using Lscp.Model.Serialization;

namespace Lscp.Http;

/// <summary>Finds the partnership a request is about: a served id, or a posted partnership document (exactly one of them).</summary>
internal static class PartnershipSource
{
    public static Partnership ById(LscpOptions options, string id) =>
        options.Partnerships.TryGetValue(id, out var partnership)
            ? partnership
            : throw new LscpRequestException(StatusCodes.Status404NotFound, "Unknown partnership", $"There is no partnership '{id}'; this service has: {string.Join(", ", options.Partnerships.Keys.Order())}.");

    public static Partnership FromRequest(LscpOptions options, string? id, PartnershipDocument? document) => (id, document) switch
    {
        (not null, not null) => throw LscpRequestException.Invalid("$.partnership", "give either 'partnership' (a served id) or 'arrangements' (a partnership document), not both."),
        (not null, null) => ById(options, id),
        (null, not null) => PartnershipJson.FromDocument(document, "$.arrangements"),
        _ => throw LscpRequestException.Invalid("$.partnership", "is required: a served partnership id (such as 'lewisham'), or a partnership document in 'arrangements'."),
    };
}
