using Lscp.Client.Contracts;
using Lscp.Rules.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Lscp.Http.Endpoints;

/// <summary>The working-day calendar: <c>/v1/calendar</c>.</summary>
internal static class CalendarEndpoints
{
    private const string AddConvention = "The anchor date is day 0 and never counts: the result is the N-th working day after it (before it when N is negative); N = 0 returns the anchor.";
    private const string BetweenConvention = "Counts working days after the start up to and including the end; negative when the end is before the start.";

    public static RouteGroupBuilder MapCalendarEndpoints(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/calendar").WithTags("Calendar");
        group.MapGet("/working-days/{date}", IsWorkingDay).WithName("IsWorkingDay")
            .WithSummary("Is a date a working day?").WithDescription("Monday to Friday, less England and Wales bank holidays. date: yyyy-MM-dd, 1978-01-01 to 2199-12-31.");
        group.MapGet("/add", Add).WithName("AddWorkingDays")
            .WithSummary("Add working days to a date").WithDescription("Query: date (yyyy-MM-dd), workingDays (-100000 to 100000). " + AddConvention);
        group.MapGet("/between", Between).WithName("WorkingDaysBetween")
            .WithSummary("Count working days between two dates").WithDescription("Query: start, end (yyyy-MM-dd). " + BetweenConvention);
        group.MapGet("/bank-holidays/{year}", BankHolidays).WithName("BankHolidays")
            .WithSummary("The bank holidays of a year").WithDescription("Standing days, substitute days and royal proclamations, 1978 to 2199.");
        return group;
    }

    private static Ok<WorkingDayResponse> IsWorkingDay(string date, IOptions<LscpOptions> options)
    {
        var calendar = options.Value.Calendar;
        var day = RequestInput.Date(date, "date");
        return TypedResults.Ok(new WorkingDayResponse(day, calendar.IsWorkingDay(day), calendar.BankHolidayOn(day), calendar.DataVersion));
    }

    private static Ok<AddWorkingDaysResponse> Add(string? date, string? workingDays, IOptions<LscpOptions> options)
    {
        var calendar = options.Value.Calendar;
        var anchor = RequestInput.Date(date, "date");
        var count = RequestInput.Whole(workingDays, "workingDays", -100_000, 100_000);
        return TypedResults.Ok(new AddWorkingDaysResponse(anchor, count, calendar.AddWorkingDays(anchor, count), AddConvention, calendar.DataVersion));
    }

    private static Ok<WorkingDaysBetweenResponse> Between(string? start, string? end, IOptions<LscpOptions> options)
    {
        var calendar = options.Value.Calendar;
        var from = RequestInput.Date(start, "start");
        var to = RequestInput.Date(end, "end");
        return TypedResults.Ok(new WorkingDaysBetweenResponse(from, to, calendar.WorkingDaysBetween(from, to), BetweenConvention, calendar.DataVersion));
    }

    private static Ok<BankHolidaysResponse> BankHolidays(string year, IOptions<LscpOptions> options)
    {
        var calendar = options.Value.Calendar;
        var number = RequestInput.Whole(year, "year", calendar.MinDate.Year, calendar.MaxDate.Year);
        return TypedResults.Ok(new BankHolidaysResponse(number, calendar.BankHolidaysIn(number), calendar.DataVersion));
    }
}
