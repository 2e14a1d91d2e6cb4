using System.Collections.Immutable;
using Lscp.Model;
using NodaTime;

namespace Lscp.Rules.Governance;

/// <summary>Answers "who is accountable for this act?" from a partnership's arrangements in force on the day.</summary>
public static class Accountability
{
    private const string Citation = "Children Act 2004 s16E; Working Together 2018 chapter 3 and 2023 chapter 2: leads may delegate functions but remain accountable for any action or decision taken on behalf of their agency";

    /// <summary>
    /// The chains for an act by <paramref name="person"/> (matched by name, ignoring case) on <paramref name="date"/>:
    /// one for each post the person held that day. Empty when no post held that day is on record.
    /// </summary>
    /// <exception cref="NoArrangementsInForceException">The date is before the partnership's first arrangements.</exception>
    public static ImmutableArray<AccountabilityChain> ForPerson(Partnership partnership, string person, LocalDate date)
    {
        Guard.Against.Null(partnership);
        var name = Guard.Against.BlankText(person);
        var arrangements = partnership.ArrangementsOn(date);
        return
        [
            .. arrangements.Holdings
                .Where(h => h.Period.Contains(date) && string.Equals(h.Person, name, StringComparison.OrdinalIgnoreCase))
                .Select(h => h.PostId)
                .Distinct()
                .Select(postId => Chain(arrangements, postId, date)),
        ];
    }

    /// <summary>
    /// Every post <paramref name="person"/> is recorded as holding (ignoring case), in any version of the arrangements, with
    /// its dates: empty when the partnership names no such person. Tells "no such person" from "no post on that date".
    /// </summary>
    public static ImmutableArray<PostHolding> HoldingsOf(Partnership partnership, string person)
    {
        Guard.Against.Null(partnership);
        var name = Guard.Against.BlankText(person);
        return
        [
            .. partnership.Versions
                .SelectMany(v => v.Holdings)
                .Where(h => string.Equals(h.Person, name, StringComparison.OrdinalIgnoreCase))
                .Distinct()
                .OrderBy(h => h.Period.Start),
        ];
    }

    /// <summary>The chain for an act done in post <paramref name="postId"/> on <paramref name="date"/>, whoever held it.</summary>
    /// <exception cref="KeyNotFoundException">No such post in the arrangements in force that day.</exception>
    /// <exception cref="NoArrangementsInForceException">The date is before the partnership's first arrangements.</exception>
    public static AccountabilityChain ForPost(Partnership partnership, string postId, LocalDate date)
    {
        Guard.Against.Null(partnership);
        return Chain(partnership.ArrangementsOn(date), postId, date);
    }

    private static AccountabilityChain Chain(Arrangements arrangements, string postId, LocalDate date)
    {
        var terms = Terminology.On(date);
        var post = arrangements.Post(postId);
        var agency = arrangements.Agency(post.AgencyId);
        var steps = ImmutableArray.CreateBuilder<AccountabilityStep>();
        steps.Add(new("person", null, HolderName(arrangements, postId, date)));

        var lead = arrangements.Leads.FirstOrDefault(l => l.PartnerAgencyId == agency.Id);
        if (lead is not null && lead.PostId == postId)
        {
            steps.Add(new(terms.LeadTitle, post.Id, $"{post.Title}, {agency.Name}"));
            steps.Add(new("statutory partner", agency.Id, agency.Name));
            return new(date, steps.ToImmutable(), agency.Id, post.Id,
                $"The {terms.LeadTitle} for {agency.Name} acted in person and is accountable.", Citation);
        }

        var delegation = arrangements.Delegations.FirstOrDefault(d => d.DelegatePostId == postId && d.Period.Contains(date));
        if (delegation is not null && lead is not null)
        {
            var leadPost = arrangements.Post(lead.PostId);
            steps.Add(new(terms.DelegateTitle, post.Id, $"{post.Title}, {agency.Name}"));
            steps.Add(new("delegation", delegation.Id, $"{string.Join("; ", delegation.Functions)} ({delegation.Period})"));
            steps.Add(new(terms.LeadTitle, leadPost.Id, $"{leadPost.Title} ({HolderName(arrangements, leadPost.Id, date)})"));
            steps.Add(new("statutory partner", agency.Id, agency.Name));
            return new(date, steps.ToImmutable(), agency.Id, leadPost.Id,
                $"{post.Title} acted under delegation '{delegation.Id}'; the {terms.LeadTitle}, {leadPost.Title} of {agency.Name}, remains accountable.", Citation);
        }

        steps.Add(new("post", post.Id, $"{post.Title}, {agency.Name}"));
        if (agency.IsStatutoryPartner && lead is not null)
        {
            var leadPost = arrangements.Post(lead.PostId);
            steps.Add(new(terms.LeadTitle, leadPost.Id, $"{leadPost.Title} ({HolderName(arrangements, leadPost.Id, date)})"));
            steps.Add(new("statutory partner", agency.Id, agency.Name));
            return new(date, steps.ToImmutable(), agency.Id, leadPost.Id,
                $"{post.Title} holds no delegation in force on {date:uuuu-MM-dd}; the act is {agency.Name}'s, for which its {terms.LeadTitle} is accountable.", Citation);
        }

        steps.Add(new("relevant agency", agency.Id, agency.Name));
        return new(date, steps.ToImmutable(), null, null,
            $"{agency.Name} is a relevant agency, not a statutory partner: it must cooperate with the arrangements (Children Act 2004 s16G), and is accountable through its own governance.", Citation);
    }

    private static string HolderName(Arrangements arrangements, string postId, LocalDate date)
    {
        var names = arrangements.HoldersOn(postId, date).Select(h => h.Person ?? "holder not named").ToList();
        return names.Count == 0 ? "no holder on record" : string.Join(", ", names);
    }
}
