using Lscp.Contracts.Documents;
using Lscp.Model;
using Lscp.Adapters;
using NodaTime;

namespace Lscp.Http.Input;

/// <summary>Finds the partnership a request is about: a served id, or a posted partnership document (exactly one of them).</summary>
internal static class PartnershipSource
{
    /// <summary>The served partnership <paramref name="id"/>, or null with a 404 problem at <paramref name="path"/>.</summary>
    public static Partnership? ById(RequestInput input, string id, string path)
    {
        if (input.Options.Partnerships.TryGetValue(id, out var partnership))
        {
            return partnership;
        }

        input.Errors.NotFound(path, $"there is no partnership '{Echo.Of(id)}'; this service has: {string.Join(", ", input.Options.Partnerships.Keys.Order(StringComparer.Ordinal))}.");
        return null;
    }

    /// <summary>The served partnership named in <c>$.partnership</c>, or the document in <c>$.arrangements</c>; null with the problem recorded.</summary>
    public static Partnership? FromRequest(RequestInput input, string? id, PartnershipDocument? document)
    {
        switch (id, document)
        {
            case (not null, not null):
                input.Errors.Invalid("$.partnership", "give either 'partnership' (a served id) or 'arrangements' (a partnership document), not both.");
                return null;
            case (not null, null):
                return ById(input, id, "$.partnership");
            case (null, not null):
                if (PartnershipJson.TryFromDocument(document, "$.arrangements", out var posted, out var errors))
                {
                    return posted;
                }

                input.Errors.Invalid(errors);
                return null;
            default:
                input.Errors.Invalid("$.partnership", "is required: a served partnership id (such as 'lewisham'), or a partnership document in 'arrangements'.");
                return null;
        }
    }

    /// <summary>The arrangements of <paramref name="partnership"/> in force on <paramref name="date"/>, or null with a 404 problem at <paramref name="path"/>.</summary>
    public static Arrangements? ArrangementsOn(RequestInput input, Partnership partnership, LocalDate date, string path)
    {
        var first = partnership.Versions[0].EffectiveFrom;
        if (date >= first)
        {
            return partnership.ArrangementsOn(date);
        }

        input.Errors.NotFound(path, $"{partnership.Name} had no arrangements on {date:uuuu-MM-dd}; its first took effect on {first:uuuu-MM-dd}.");
        return null;
    }

    /// <summary>The body <paramref name="bodyId"/> of <paramref name="arrangements"/>, or null with a 404 problem naming the route's bodyId.</summary>
    public static Body? BodyOf(RequestInput input, Arrangements arrangements, string bodyId, LocalDate date)
    {
        if (arrangements.HasBody(bodyId))
        {
            return arrangements.Body(bodyId);
        }

        input.Errors.NotFound("bodyId", $"there is no body '{Echo.Of(bodyId)}' in the arrangements in force on {date:uuuu-MM-dd} ({arrangements.Title}); its bodies are: {string.Join(", ", arrangements.Bodies.Select(b => b.Id))}.");
        return null;
    }
}
