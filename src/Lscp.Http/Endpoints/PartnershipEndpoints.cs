using System.Collections.Immutable;
using Lscp.Client.Contracts;
using Lscp.Model;
using Lscp.Model.Serialization;
using Lscp.Rules.Governance;
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
        group.MapGet("/", List).WithName("ListPartnerships").WithSummary("The partnerships this service answers for, with their versions");
        group.MapGet("/{id}/arrangements", Arrangements).WithName("GetArrangements")
            .WithSummary("The arrangements in force on a date").WithDescription("Query: date (yyyy-MM-dd). 404 before the first arrangements.");
        group.MapGet("/{id}/bodies/{bodyId}/chair", Chair).WithName("GetChair")
            .WithSummary("Who chairs a body on a date").WithDescription("Query: date (yyyy-MM-dd).");
        group.MapGet("/{id}/bodies/{bodyId}/rotation", Rotation).WithName("GetRotationSchedule")
            .WithSummary("The chair of each rotation year").WithDescription("Query: from, to: the calendar years the rotation years start in (at most 100 years).");
        group.MapGet("/{id}/bodies/{bodyId}/schedule", Schedule).WithName("GetMeetingSchedule")
            .WithSummary("The meetings a body's cadence asks for in a year").WithDescription("Query: year (the year the reporting year starts in), yearStarts: april (default) or january.");
        group.MapGet("/{id}/bodies/{bodyId}/schedule.ics", ScheduleIcs).WithName("GetMeetingScheduleIcs")
            .WithSummary("The same schedule as an iCalendar feed").WithDescription("One all-day event per expected meeting on its nominal date, with its window in the description.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        group.MapGet("/{id}/accountability", AccountabilityFor).WithName("GetAccountability")
            .WithSummary("Who is accountable for an act").WithDescription("Query: date (yyyy-MM-dd) and either person (a name, any case) or post (a post id). Returns one chain per post the person held that day.");
        return group;
    }

    private static Ok<ImmutableArray<PartnershipSummary>> List(IOptions<LscpOptions> options) =>
        TypedResults.Ok(options.Value.Partnerships.Values.OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new PartnershipSummary(p.Id, p.Name, p.Areas, [.. p.Versions.Select(v => new VersionSummary(v.EffectiveFrom, p.PeriodOf(v).End, v.Title))]))
            .ToImmutableArray());

    private static Ok<ArrangementsResponse> Arrangements(string id, string? date, IOptions<LscpOptions> options)
    {
        var partnership = PartnershipSource.ById(options.Value, id);
        var day = RequestInput.Date(date, "date", options.Value);
        var version = partnership.ArrangementsOn(day);
        var period = partnership.PeriodOf(version);
        var document = PartnershipJson.ToDocument(partnership).Versions![partnership.Versions.IndexOf(version)];
        return TypedResults.Ok(new ArrangementsResponse(partnership.Id, day, period.Start, period.End, Terminology.On(day < Terminology.SafeguardingPartnersInForce ? Terminology.SafeguardingPartnersInForce : day), document));
    }

    private static Ok<ChairAssignment> Chair(string id, string bodyId, string? date, IOptions<LscpOptions> options) =>
        TypedResults.Ok(Chairs.On(PartnershipSource.ById(options.Value, id), bodyId, RequestInput.Date(date, "date", options.Value)));

    private static Ok<ImmutableArray<ChairAssignment>> Rotation(string id, string bodyId, string? from, string? to, IOptions<LscpOptions> options)
    {
        var first = RequestInput.Whole(from, "from", 1978, 2199);
        var last = RequestInput.Whole(to, "to", first, Math.Min(first + 100, 2199));
        return TypedResults.Ok(Chairs.RotationSchedule(PartnershipSource.ById(options.Value, id), bodyId, first, last));
    }

    private static Ok<ImmutableArray<ExpectedMeeting>> Schedule(string id, string bodyId, string? year, string? yearStarts, IOptions<LscpOptions> options) =>
        TypedResults.Ok(Expected(options.Value, id, bodyId, year, yearStarts));

    private static ContentHttpResult ScheduleIcs(string id, string bodyId, string? year, string? yearStarts, IOptions<LscpOptions> options)
    {
        var partnership = PartnershipSource.ById(options.Value, id);
        var meetings = Expected(options.Value, id, bodyId, year, yearStarts);
        var name = meetings.IsEmpty ? bodyId : partnership.ArrangementsOn(meetings[0].WindowStart).Body(bodyId).Name;
        return TypedResults.Text(MeetingScheduleIcs.Write(partnership, name, meetings), "text/calendar; charset=utf-8");
    }

    private static ImmutableArray<ExpectedMeeting> Expected(LscpOptions options, string id, string bodyId, string? year, string? yearStarts)
    {
        var partnership = PartnershipSource.ById(options, id);
        var month = RequestInput.Choice(yearStarts, "yearStarts", "april", "april", "january") == "april" ? 4 : 1;
        var first = RequestInput.Whole(year, "year", options.Calendar.MinDate.Year, options.Calendar.MaxDate.Year - 1);
        var start = new LocalDate(first, month, 1);
        var body = partnership.ArrangementsOn(start).Body(bodyId);
        return MeetingSchedule.ForYear(body, start, options.Calendar);
    }

    private static Ok<ImmutableArray<AccountabilityChain>> AccountabilityFor(string id, string? date, string? person, string? post, IOptions<LscpOptions> options)
    {
        var partnership = PartnershipSource.ById(options.Value, id);
        var day = RequestInput.Date(date, "date", options.Value);
        return (person, post) switch
        {
            ({ } name, null) when !string.IsNullOrWhiteSpace(name) => TypedResults.Ok(Accountability.ForPerson(partnership, name, day)),
            (null, { } postId) when !string.IsNullOrWhiteSpace(postId) => TypedResults.Ok(ImmutableArray.Create(Accountability.ForPost(partnership, postId, day))),
            _ => throw Problems.LscpRequestException.Invalid("person", "give exactly one of 'person' (a name) or 'post' (a post id)."),
        };
    }
}
