using Lscp.Model;
using Lscp.Model.Records;
using NodaTime;

namespace Lscp.Rules.Calendar;

/// <summary>
/// The dates records and evaluation dates may hold for a calendar: from its first day to four years before its last, so
/// that every clock's due date stays inside it (a clock runs at most 36 months, and pauses lie within the records' own
/// dates). One check for the service, the scenario runner and any caller, so no clock meets the calendar's edge.
/// </summary>
public static class RecordDates
{
    /// <summary>Years of margin between the last date accepted and the calendar's end.</summary>
    public const int ClockMarginYears = 4;

    /// <summary>The last date accepted in records and as an evaluation date, for <paramref name="calendar"/>.</summary>
    public static LocalDate LastDate(WorkingDayCalendar calendar)
    {
        Guard.Against.Null(calendar);
        return calendar.MaxDate.PlusYears(-ClockMarginYears);
    }

    /// <summary>The problem with <paramref name="date"/> at <paramref name="path"/>, or null when it is absent or in range.</summary>
    public static ValidationError? Check(LocalDate? date, WorkingDayCalendar calendar, string path)
    {
        Guard.Against.Null(calendar);
        var last = LastDate(calendar);
        return date is not { } d || (d >= calendar.MinDate && d <= last)
            ? null
            : new ValidationError(path, $"{d:uuuu-MM-dd} is outside the supported range, {calendar.MinDate:uuuu-MM-dd} to {last:uuuu-MM-dd} inclusive.");
    }

    /// <summary>Every date in <paramref name="records"/> out of range, with its path under <paramref name="root"/>.</summary>
    public static IReadOnlyList<ValidationError> Validate(PartnershipRecords records, WorkingDayCalendar calendar, string root)
    {
        Guard.Against.Null(records);
        Guard.Against.Null(calendar);
        // Each date is compared first; a path is written only for a date outside the range.
        var (min, last) = (calendar.MinDate, LastDate(calendar));
        var errors = new List<ValidationError>();
        for (var i = 0; i < records.Meetings.Length; i++)
        {
            if (Outside(records.Meetings[i].Date, min, last))
            {
                errors.Add(Check(records.Meetings[i].Date, calendar, $"{root}.meetings[{i}].date")!);
            }
        }

        for (var i = 0; i < records.Decisions.Length; i++)
        {
            if (Outside(records.Decisions[i].Date, min, last))
            {
                errors.Add(Check(records.Decisions[i].Date, calendar, $"{root}.decisions[{i}].date")!);
            }
        }

        for (var i = 0; i < records.Incidents.Length; i++)
        {
            if (AnyOutside(records.Incidents[i], min, last))
            {
                errors.AddRange(Validate(records.Incidents[i], calendar, $"{root}.incidents[{i}]"));
            }
        }

        for (var i = 0; i < records.YearlyReports.Length; i++)
        {
            var y = records.YearlyReports[i];
            if (Outside(y.CoversFrom, min, last) || Outside(y.CoversTo, min, last) || Outside(y.PublishedOn, min, last) || Outside(y.SentToPanelOn, min, last) || Outside(y.SentToWhatWorksOn, min, last))
            {
                errors.AddRange(Validate(y, calendar, $"{root}.yearlyReports[{i}]"));
            }
        }

        for (var i = 0; i < records.DeathReviewReports.Length; i++)
        {
            if (Outside(records.DeathReviewReports[i], min, last))
            {
                errors.Add(Check(records.DeathReviewReports[i], calendar, $"{root}.deathReviewReports[{i}]")!);
            }
        }

        for (var i = 0; i < records.DeathReviews.Length; i++)
        {
            if (Outside(records.DeathReviews[i].LearnedOn, min, last) || Outside(records.DeathReviews[i].NotifiedOn, min, last))
            {
                errors.AddRange(OutOfRange(calendar, $"{root}.deathReviews[{i}]", [(records.DeathReviews[i].LearnedOn, "learnedOn"), (records.DeathReviews[i].NotifiedOn, "notifiedOn")]));
            }
        }

        return errors;
    }

    /// <summary>Every date of <paramref name="incident"/> out of range, with its path under <paramref name="path"/>.</summary>
    public static IReadOnlyList<ValidationError> Validate(SeriousIncident incident, WorkingDayCalendar calendar, string path)
    {
        Guard.Against.Null(incident);
        var delays = incident.LocalReview?.Delays ?? [];
        return OutOfRange(
            calendar,
            path,
            [
                (incident.LocalAuthorityAwareOn, "localAuthorityAwareOn"),
                (incident.NotifiedPanelOn, "notifiedPanelOn"),
                (incident.ReportedToPartnersOn, "reportedToPartnersOn"),
                (incident.RapidReviewSentOn, "rapidReviewSentOn"),
                (incident.LocalReview?.InitiatedOn, "localReview.initiatedOn"),
                (incident.LocalReview?.FinalReportSentOn, "localReview.finalReportSentOn"),
                (incident.LocalReview?.PublishedOn, "localReview.publishedOn"),
                .. delays.SelectMany((delay, d) => new (LocalDate?, string)[] { (delay.PanelToldOn, $"localReview.delays[{d}].panelToldOn"), (delay.SecretaryOfStateToldOn, $"localReview.delays[{d}].secretaryOfStateToldOn") }),
            ]);
    }

    /// <summary>Every date of <paramref name="report"/> out of range, with its path under <paramref name="path"/>.</summary>
    public static IReadOnlyList<ValidationError> Validate(YearlyReport report, WorkingDayCalendar calendar, string path)
    {
        Guard.Against.Null(report);
        return OutOfRange(
            calendar,
            path,
            [(report.CoversFrom, "coversFrom"), (report.CoversTo, "coversTo"), (report.PublishedOn, "publishedOn"), (report.SentToPanelOn, "sentToPanelOn"), (report.SentToWhatWorksOn, "sentToWhatWorksOn")]);
    }

    private static ValidationError[] OutOfRange(WorkingDayCalendar calendar, string path, IEnumerable<(LocalDate? Date, string Field)> dates)
    {
        var (min, last) = (calendar.MinDate, LastDate(calendar));
        return [.. dates.Where(d => Outside(d.Date, min, last)).Select(d => Check(d.Date, calendar, $"{path}.{d.Field}")!)];
    }

    private static bool Outside(LocalDate? date, LocalDate min, LocalDate last) => date is { } d && (d < min || d > last);

    private static bool AnyOutside(SeriousIncident incident, LocalDate min, LocalDate last)
    {
        if (Outside(incident.LocalAuthorityAwareOn, min, last) || Outside(incident.NotifiedPanelOn, min, last) || Outside(incident.ReportedToPartnersOn, min, last) || Outside(incident.RapidReviewSentOn, min, last))
        {
            return true;
        }

        if (incident.LocalReview is not { } review)
        {
            return false;
        }

        if (Outside(review.InitiatedOn, min, last) || Outside(review.FinalReportSentOn, min, last) || Outside(review.PublishedOn, min, last))
        {
            return true;
        }

        foreach (var delay in review.Delays)
        {
            if (Outside(delay.PanelToldOn, min, last) || Outside(delay.SecretaryOfStateToldOn, min, last))
            {
                return true;
            }
        }

        return false;
    }
}
