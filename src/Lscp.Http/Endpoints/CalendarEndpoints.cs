using Lscp.Contracts;
using Lscp.Http.Input;
using Lscp.Adapters;
using Lscp.Http.Problems;
using Lscp.Http.Results;
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
        group.MapMethods("/working-days/{date}", GetAndHead.Methods, IsWorkingDay).WithName("IsWorkingDay").ProducesProblems(ProblemMetadata.Input)
            .WithSummary("Is a date a working day?").WithDescription("Monday to Friday, less England and Wales bank holidays. date: yyyy-MM-dd, 1978-01-01 to 2199-12-31.");
        group.MapMethods("/add", GetAndHead.Methods, Add).WithName("AddWorkingDays").ProducesProblems(ProblemMetadata.Input)
            .WithSummary("Add working days to a date").WithDescription("Query: date (yyyy-MM-dd), workingDays (-100000 to 100000). " + AddConvention);
        group.MapMethods("/between", GetAndHead.Methods, Between).WithName("WorkingDaysBetween").ProducesProblems(ProblemMetadata.Input)
            .WithSummary("Count working days between two dates").WithDescription("Query: start, end (yyyy-MM-dd). " + BetweenConvention);
        group.MapMethods("/bank-holidays/{year}", GetAndHead.Methods, BankHolidays).WithName("BankHolidays").ProducesProblems(ProblemMetadata.Input)
            .WithSummary("The bank holidays of a year").WithDescription("Standing days, substitute days and royal proclamations, 1978 to 2199.");
        return group;
    }

    private static Results<ContractOk<WorkingDayResponse>, ProblemHttpResult> IsWorkingDay(string date, IOptions<LscpOptions> options)
    {
        var input = new RequestInput(options.Value);
        if (input.Date(date, "date") is not { } day)
        {
            return input.Errors.ToProblem();
        }

        var calendar = options.Value.Calendar;
        return ContractResults.Ok(new WorkingDayResponse(day, calendar.IsWorkingDay(day), calendar.BankHolidayOn(day)?.ToContract(), calendar.DataVersion));
    }

    private static Results<ContractOk<AddWorkingDaysResponse>, ProblemHttpResult> Add(string? date, string? workingDays, IOptions<LscpOptions> options)
    {
        var input = new RequestInput(options.Value);
        var anchor = input.Date(date, "date");
        var count = input.Whole(workingDays, "workingDays", -100_000, 100_000);
        if (anchor is not { } from || count is not { } n)
        {
            return input.Errors.ToProblem();
        }

        var calendar = options.Value.Calendar;
        if (!calendar.TryAddWorkingDays(from, n, out var result))
        {
            input.Errors.Invalid("workingDays", $"adding {n} working days to {from:uuuu-MM-dd} goes outside the supported range, {calendar.MinDate:uuuu-MM-dd} to {calendar.MaxDate:uuuu-MM-dd}.");
            return input.Errors.ToProblem();
        }

        return ContractResults.Ok(new AddWorkingDaysResponse(from, n, result, AddConvention, calendar.DataVersion));
    }

    private static Results<ContractOk<WorkingDaysBetweenResponse>, ProblemHttpResult> Between(string? start, string? end, IOptions<LscpOptions> options)
    {
        var input = new RequestInput(options.Value);
        var from = input.Date(start, "start");
        var to = input.Date(end, "end");
        if (from is not { } a || to is not { } b)
        {
            return input.Errors.ToProblem();
        }

        var calendar = options.Value.Calendar;
        return ContractResults.Ok(new WorkingDaysBetweenResponse(a, b, calendar.WorkingDaysBetween(a, b), BetweenConvention, calendar.DataVersion));
    }

    private static Results<ContractOk<BankHolidaysResponse>, ProblemHttpResult> BankHolidays(string year, IOptions<LscpOptions> options)
    {
        var calendar = options.Value.Calendar;
        var input = new RequestInput(options.Value);
        if (input.Whole(year, "year", calendar.MinDate.Year, calendar.MaxDate.Year) is not { } number)
        {
            return input.Errors.ToProblem();
        }

        return ContractResults.Ok(new BankHolidaysResponse(number, [.. calendar.BankHolidaysIn(number).Select(h => h.ToContract())], calendar.DataVersion));
    }
}
