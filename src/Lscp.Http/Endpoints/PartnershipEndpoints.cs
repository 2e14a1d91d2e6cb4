using Lscp.Contracts;
using Lscp.Http.Input;
using Lscp.Adapters;
using Lscp.Http.Problems;
using Lscp.Http.Results;
using Lscp.Model;
using Lscp.Rules.Governance;
using AccountabilityChain = Lscp.Contracts.AccountabilityChain;
using ExpectedMeeting = Lscp.Contracts.ExpectedMeeting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Lscp.Http.Endpoints;

/// <summary>The served partnerships and the questions about their arrangements: <c>/v1/partnerships</c>.</summary>
internal static class PartnershipEndpoints
{
    public static RouteGroupBuilder MapPartnershipEndpoints(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/partnerships").WithTags("Partnerships");
        group.MapMethods("/", GetAndHead.Methods, List).WithName("ListPartnerships").WithSummary("The partnerships this service answers for, with their versions")
            .WithDescription("Each partnership's id (to use in the other routes), name and areas, and each version of its arrangements: the day it took effect, its title and the guidance edition it follows.");
        group.MapMethods("/{id}/arrangements", GetAndHead.Methods, GetArrangements).WithName("GetArrangements").ProducesProblems(ProblemMetadata.InputAndLookup)
            .WithSummary("The arrangements in force on a date").WithDescription("Query: date (yyyy-MM-dd). 404 before the first arrangements.");
        group.MapMethods("/{id}/relevant-agencies", GetAndHead.Methods, RelevantAgencies).WithName("GetRelevantAgencies").ProducesProblems(ProblemMetadata.InputAndLookup)
            .WithSummary("The relevant agencies register on a date").WithDescription("Query: date (yyyy-MM-dd). Each agency the arrangements in force name, with its Schedule paragraphs of SI 2018/789 or 'notRecorded'; agencies that had ceased by the date are listed apart.");
        group.MapMethods("/{id}/child-death-review-partners", GetAndHead.Methods, ChildDeathReviewPartnersOn).WithName("GetChildDeathReviewPartners").ProducesProblems(ProblemMetadata.InputAndLookup)
            .WithSummary("The child death review partners on a date").WithDescription("Query: date (yyyy-MM-dd). The local authority and the integrated care board (Children Act 2004 s16Q), a different set from the safeguarding partners.");
        group.MapMethods("/{id}/bodies/{bodyId}/chair", GetAndHead.Methods, Chair).WithName("GetChair").ProducesProblems(ProblemMetadata.InputAndLookup)
            .WithSummary("Who chairs a body on a date").WithDescription("Query: date (yyyy-MM-dd).");
        group.MapMethods("/{id}/bodies/{bodyId}/rotation", GetAndHead.Methods, Rotation).WithName("GetRotationSchedule").ProducesProblems(ProblemMetadata.InputAndLookup)
            .WithSummary("The chair of each rotation year").WithDescription("Query: from, to: the calendar years the rotation years start in (at most 100 years).");
        group.MapMethods("/{id}/bodies/{bodyId}/schedule", GetAndHead.Methods, Schedule).WithName("GetMeetingSchedule").ProducesProblems(ProblemMetadata.InputAndLookup)
            .WithSummary("The meetings a body's cadence asks for in a year").WithDescription("Query: year (the year the reporting year starts in), yearStarts: april (default) or january.");
        group.MapMethods("/{id}/bodies/{bodyId}/schedule.ics", GetAndHead.Methods, ScheduleIcs).WithName("GetMeetingScheduleIcs").ProducesProblems(ProblemMetadata.InputAndLookup)
            .WithSummary("The same schedule as an iCalendar feed").WithDescription("One all-day event per expected meeting on its nominal date, with its window in the description; 404 when the body has nothing scheduled that year. When API keys are on, a calendar app that cannot send X-Api-Key passes the feed token configured for this body as ?token=.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .WithMetadata(FeedTokenMetadata.Instance);
        group.MapMethods("/{id}/accountability", GetAndHead.Methods, AccountabilityFor).WithName("GetAccountability").ProducesProblems(ProblemMetadata.InputAndLookup)
            .WithSummary("Who is accountable for an act").WithDescription("Query: date (yyyy-MM-dd) and either person (a name, any case) or post (a post id). Returns one chain per post the person held that day.");
        return group;
    }

    private static ContractOk<IReadOnlyList<PartnershipSummary>> List(IOptions<LscpOptions> options) =>
        ContractResults.Ok<IReadOnlyList<PartnershipSummary>>([.. options.Value.Partnerships.Values.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => p.ToSummary())]);

    private static Results<ContractOk<ArrangementsResponse>, ProblemHttpResult> GetArrangements(string id, string? date, IOptions<LscpOptions> options) =>
        OnDate(id, date, options, (partnership, version, on) => partnership.ToArrangementsResponse(version, on, Lscp.Model.Terminology.ForArrangementsOn(on), Chairs.OfBodiesOn(partnership, version, on)));

    private static Results<ContractOk<RelevantAgenciesResponse>, ProblemHttpResult> RelevantAgencies(string id, string? date, IOptions<LscpOptions> options) =>
        OnDate(id, date, options, (partnership, _, on) => partnership.ToRelevantAgenciesResponse(on, RelevantAgencyRegister.On(partnership, on), RelevantAgencyRegister.CeasedOn(partnership, on)));

    private static Results<ContractOk<ChildDeathReviewPartnersResponse>, ProblemHttpResult> ChildDeathReviewPartnersOn(string id, string? date, IOptions<LscpOptions> options) =>
        OnDate(id, date, options, (partnership, _, on) => partnership.ToChildDeathReviewPartnersResponse(on, ChildDeathReviewPartners.On(partnership, on)));

    /// <summary>An answer about the arrangements in force on <paramref name="date"/>, once the partnership and the date are sound.</summary>
    private static Results<ContractOk<T>, ProblemHttpResult> OnDate<T>(string id, string? date, IOptions<LscpOptions> options, Func<Partnership, Arrangements, LocalDate, T> answer)
    {
        var input = new RequestInput(options.Value);
        var partnership = input.PartnershipById(id, "id");
        var day = input.Date(date, "date");
        if (partnership is null || day is not { } on || input.ArrangementsOn(partnership, on, "date") is not { } version)
        {
            return input.Errors.ToProblem();
        }

        return ContractResults.Ok(answer(partnership, version, on));
    }

    private static Results<ContractOk<ChairResponse>, ProblemHttpResult> Chair(string id, string bodyId, string? date, IOptions<LscpOptions> options)
    {
        var input = new RequestInput(options.Value);
        var partnership = input.PartnershipById(id, "id");
        var day = input.Date(date, "date");
        if (partnership is null || day is not { } on
            || input.ArrangementsOn(partnership, on, "date") is not { } version
            || input.BodyOf(version, bodyId, on) is null)
        {
            return input.Errors.ToProblem();
        }

        return ContractResults.Ok(Chairs.On(partnership, bodyId, on).ToContract());
    }

    private static Results<ContractOk<IReadOnlyList<ChairResponse>>, ProblemHttpResult> Rotation(string id, string bodyId, string? from, string? to, IOptions<LscpOptions> options)
    {
        var input = new RequestInput(options.Value);
        var partnership = input.PartnershipById(id, "id");
        var first = input.Whole(from, "from", 1978, 2199);
        var last = first is { } f ? input.Whole(to, "to", f, Math.Min(f + 100, 2199)) : null;
        if (partnership is not null && !partnership.Versions.Any(v => v.HasBody(bodyId)))
        {
            input.Errors.NotFound("bodyId", $"no version of {partnership.Name}'s arrangements has a body '{Echo.Of(bodyId)}'.");
        }

        if (!input.Errors.IsEmpty || partnership is null || first is not { } a || last is not { } b)
        {
            return input.Errors.ToProblem();
        }

        return ContractResults.Ok<IReadOnlyList<ChairResponse>>([.. Chairs.RotationSchedule(partnership, bodyId, a, b).Select(c => c.ToContract())]);
    }

    private static Results<ContractOk<IReadOnlyList<ExpectedMeeting>>, ProblemHttpResult> Schedule(string id, string bodyId, string? year, string? yearStarts, IOptions<LscpOptions> options)
    {
        var input = new RequestInput(options.Value);
        if (Expected(input, id, bodyId, year, yearStarts) is not { } schedule)
        {
            return input.Errors.ToProblem();
        }

        return ContractResults.Ok<IReadOnlyList<ExpectedMeeting>>([.. schedule.Meetings.Select(m => m.ToContract())]);
    }

    // token: a feed token (LscpOptions.FeedTokens), checked by ApiKeyFilter for calendar apps that cannot send a key;
    // a parameter here so that the OpenAPI document declares it.
    private static Results<ContentHttpResult, ProblemHttpResult> ScheduleIcs(string id, string bodyId, string? year, string? yearStarts, string? token, IOptions<LscpOptions> options, IClock clock)
    {
        _ = token;
        var input = new RequestInput(options.Value);
        if (Expected(input, id, bodyId, year, yearStarts) is not { } schedule)
        {
            return input.Errors.ToProblem();
        }

        if (schedule.Meetings.Count == 0)
        {
            // RFC 5545 wants at least one component in a calendar: a body with nothing scheduled has no feed for the year.
            input.Errors.NotFound("bodyId", $"{schedule.Body.Name} has no scheduled meetings in that year: it meets as needed, or did not exist then; ask for another year.");
            return input.Errors.ToProblem();
        }

        return TypedResults.Text(IcsFeed.Schedule(schedule.Partnership, schedule.Body.Name, schedule.Meetings, clock.GetCurrentInstant()), "text/calendar; charset=utf-8");
    }

    private static (Partnership Partnership, Body Body, IReadOnlyList<Rules.Governance.ExpectedMeeting> Meetings)? Expected(RequestInput input, string id, string bodyId, string? year, string? yearStarts)
    {
        var calendar = input.Options.Calendar;
        var partnership = input.PartnershipById(id, "id");
        var startsIn = input.Choice(yearStarts, "yearStarts", "april", "april", "january");
        var first = input.Whole(year, "year", calendar.MinDate.Year, calendar.MaxDate.Year - 1);
        if (partnership is null || startsIn is null || first is not { } y)
        {
            return null;
        }

        // The year is judged across every version in force during it: a body that starts or ends part way through the year
        // gets the windows of its part, and a year that begins before the first arrangements gets those after they began.
        var start = new LocalDate(y, startsIn == "april" ? 4 : 1, 1);
        var end = start.PlusYears(1).PlusDays(-1);
        if (end < partnership.Versions[0].EffectiveFrom)
        {
            input.Errors.NotFound("year", $"the year {start:uuuu-MM-dd} to {end:uuuu-MM-dd} ends before {partnership.Name}'s first arrangements took effect, on {partnership.Versions[0].EffectiveFrom:uuuu-MM-dd}.");
            return null;
        }

        if (MeetingSchedule.BodyInYear(partnership, bodyId, start) is not { } body)
        {
            input.Errors.NotFound("bodyId", $"no version of {partnership.Name}'s arrangements in force from {start:uuuu-MM-dd} to {end:uuuu-MM-dd} has a body '{Echo.Of(bodyId)}'.");
            return null;
        }

        return (partnership, body, MeetingSchedule.ForYear(partnership, bodyId, start, calendar));
    }

    private static Results<ContractOk<IReadOnlyList<AccountabilityChain>>, ProblemHttpResult> AccountabilityFor(string id, string? date, string? person, string? post, IOptions<LscpOptions> options)
    {
        var input = new RequestInput(options.Value);
        var partnership = input.PartnershipById(id, "id");
        var day = input.Date(date, "date");
        var hasPerson = !string.IsNullOrWhiteSpace(person);
        var hasPost = !string.IsNullOrWhiteSpace(post);
        if (hasPerson == hasPost)
        {
            input.Errors.Invalid(hasPerson ? "post" : "person", "give exactly one of 'person' (a name) or 'post' (a post id).");
        }

        if (!input.Errors.IsEmpty || partnership is null || day is not { } on || input.ArrangementsOn(partnership, on, "date") is not { } version)
        {
            return input.Errors.ToProblem();
        }

        if (hasPerson)
        {
            var chains = Accountability.ForPerson(partnership, person!, on);
            if (chains.IsEmpty)
            {
                // "No such person" and "no post on that date" are different answers; an empty list would say neither.
                var held = Accountability.HoldingsOf(partnership, person!);
                input.Errors.NotFound("person", held.IsEmpty
                    ? $"no one called '{Echo.Of(person)}' holds a post in any version of {partnership.Name}'s arrangements."
                    : $"'{Echo.Of(person)}' held no post on {on:uuuu-MM-dd}; the arrangements record them in {string.Join("; ", held.Take(5).Select(h => $"{h.PostId} ({h.Period})"))}.");
                return input.Errors.ToProblem();
            }

            return ContractResults.Ok<IReadOnlyList<AccountabilityChain>>([.. chains.Select(c => c.ToContract())]);
        }

        if (version.Posts.All(p => p.Id != post))
        {
            input.Errors.NotFound("post", $"there is no post '{Echo.Of(post!)}' in the arrangements in force on {on:uuuu-MM-dd} ({version.Title}).");
            return input.Errors.ToProblem();
        }

        return ContractResults.Ok<IReadOnlyList<AccountabilityChain>>([Accountability.ForPost(partnership, post!, on).ToContract()]);
    }
}
