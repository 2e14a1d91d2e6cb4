using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Model.Serialization;
using Lscp.Rules.Calendar;
using NodaTime;

namespace Lscp.Client.Contracts;

/// <summary>The service is up, with the versions of the data and rules it answers from.</summary>
/// <param name="Status">Always "healthy" when the service answers.</param>
/// <param name="CalendarVersion">The working-day calendar's data version.</param>
/// <param name="RulebookVersion">The rulebook's version.</param>
/// <param name="LibraryVersion">The Lscp.Rules version.</param>
public sealed record HealthResponse(string Status, string CalendarVersion, string RulebookVersion, string LibraryVersion);

/// <summary>Whether a date is a working day.</summary>
/// <param name="Date">The date asked about.</param>
/// <param name="IsWorkingDay">True for Monday to Friday that is not a bank holiday.</param>
/// <param name="BankHoliday">The bank holiday on the date, if any.</param>
/// <param name="CalendarVersion">The calendar's data version.</param>
public sealed record WorkingDayResponse(LocalDate Date, bool IsWorkingDay, BankHoliday? BankHoliday, string CalendarVersion);

/// <summary>The result of adding working days to a date.</summary>
/// <param name="Date">The anchor date (day 0, never counted).</param>
/// <param name="WorkingDays">The working days added (negative counts back).</param>
/// <param name="Result">The N-th working day after the anchor (before it, when negative).</param>
/// <param name="Convention">The counting convention in words.</param>
/// <param name="CalendarVersion">The calendar's data version.</param>
public sealed record AddWorkingDaysResponse(LocalDate Date, int WorkingDays, LocalDate Result, string Convention, string CalendarVersion);

/// <summary>The working days between two dates.</summary>
/// <param name="StartExclusive">The start, not counted.</param>
/// <param name="EndInclusive">The end, counted.</param>
/// <param name="WorkingDays">Working days after the start up to and including the end (negative when the end is earlier).</param>
/// <param name="Convention">The counting convention in words.</param>
/// <param name="CalendarVersion">The calendar's data version.</param>
public sealed record WorkingDaysBetweenResponse(LocalDate StartExclusive, LocalDate EndInclusive, int WorkingDays, string Convention, string CalendarVersion);

/// <summary>The bank holidays of a year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Holidays">The holidays in date order.</param>
/// <param name="CalendarVersion">The calendar's data version.</param>
public sealed record BankHolidaysResponse(int Year, ImmutableArray<BankHoliday> Holidays, string CalendarVersion);

/// <summary>A version of a partnership's arrangements, in brief.</summary>
/// <param name="EffectiveFrom">The first day in force.</param>
/// <param name="EffectiveTo">The last day in force (inclusive), or null for the current version.</param>
/// <param name="Title">The version's title.</param>
public sealed record VersionSummary(LocalDate EffectiveFrom, LocalDate? EffectiveTo, string Title);

/// <summary>A built-in partnership, in brief.</summary>
/// <param name="Id">Its id, used in the other routes.</param>
/// <param name="Name">Its name.</param>
/// <param name="Areas">The areas it serves.</param>
/// <param name="Versions">The versions of its arrangements.</param>
public sealed record PartnershipSummary(string Id, string Name, ImmutableArray<string> Areas, ImmutableArray<VersionSummary> Versions);

/// <summary>The arrangements in force on a date, in the partnership document format, with the words of the guidance then in force.</summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="Date">The date asked about.</param>
/// <param name="EffectiveFrom">The version's first day.</param>
/// <param name="EffectiveTo">The version's last day (inclusive), or null for the current version.</param>
/// <param name="Terminology">The words for the roles on that date.</param>
/// <param name="Arrangements">The version, as in the partnership document.</param>
public sealed record ArrangementsResponse(string PartnershipId, LocalDate Date, LocalDate EffectiveFrom, LocalDate? EffectiveTo, Terminology Terminology, ArrangementsDocument Arrangements);

/// <summary>An RFC 9457 problem, as the service returns it for every 4xx and 5xx.</summary>
/// <param name="Type">A URI reference naming the problem type.</param>
/// <param name="Title">A short summary.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">What went wrong, naming the field.</param>
/// <param name="Instance">The request path.</param>
/// <param name="Errors">Each problem with its path (a JSON path into the body, or the query or route parameter's name).</param>
public sealed record ApiProblem(string? Type, string? Title, int? Status, string? Detail, string? Instance, ImmutableArray<ValidationError>? Errors);
