using Lscp.Contracts;
using Lscp.Contracts.Documents;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Governance;
using Lscp.Rules.Reporting;
using NodaTime;

namespace Lscp.Adapters;

/// <summary>
/// Reads what one request asks into the domain's values, in one pass: the partnership (served or posted), the records,
/// the rulebook, the dates. Nothing throws: each problem is recorded in <see cref="Errors"/> with the element's path as
/// the caller wrote it, and the reader returns null. One reader serves the service and the scenario runner alike.
/// </summary>
/// <param name="settings">What the request is read against.</param>
public class QueryReader(QuerySettings settings)
{
    /// <summary>What the request is read against.</summary>
    public QuerySettings Settings { get; } = Guard.Against.Null(settings);

    /// <summary>What is wrong so far.</summary>
    public InputProblems Errors { get; } = new();

    /// <summary>The last date accepted in records and evaluation dates (inclusive).</summary>
    public LocalDate LastRecordDate => RecordDates.LastDate(Settings.Calendar);

    /// <summary>True when <paramref name="date"/> is within the calendar's range (both ends inclusive); otherwise records the problem at <paramref name="path"/>.</summary>
    public bool InRange(LocalDate date, string path) => InRange(date, path, Settings.Calendar.MaxDate);

    /// <summary>True when <paramref name="date"/>, a date in records or an evaluation date, is within the range clocks can count in.</summary>
    public bool InRecordRange(LocalDate? date, string path) => date is not { } d || InRange(d, path, LastRecordDate);

    /// <summary>Every date in <paramref name="records"/> within the range clocks can count in; paths start at <paramref name="root"/>.</summary>
    public void InRecordRange(PartnershipRecords records, string root) => Errors.Invalid(RecordDates.Validate(records, Settings.Calendar, root));

    /// <summary>Every date of <paramref name="incident"/> within the range clocks can count in.</summary>
    public void InRecordRange(SeriousIncident incident, string path) => Errors.Invalid(RecordDates.Validate(incident, Settings.Calendar, path));

    /// <summary>Every date of <paramref name="report"/> within the range clocks can count in.</summary>
    public void InRecordRange(YearlyReport report, string path) => Errors.Invalid(RecordDates.Validate(report, Settings.Calendar, path));

    /// <summary>The served partnership <paramref name="id"/>, or null with a not-found problem at <paramref name="path"/>.</summary>
    public Partnership? PartnershipById(string id, string path)
    {
        Guard.Against.Null(id);
        if (Settings.Partnerships.TryGetValue(id, out var partnership))
        {
            return partnership;
        }

        Errors.NotFound(path, $"there is no partnership '{Echo.Of(id)}'; this service has: {string.Join(", ", Settings.Partnerships.Keys.Order(StringComparer.Ordinal))}.");
        return null;
    }

    /// <summary>The served partnership named in <c>$.partnership</c>, or the document in <c>$.arrangements</c>; null with the problem recorded.</summary>
    public Partnership? Partnership(string? id, PartnershipDocument? document)
    {
        switch (id, document)
        {
            case (not null, not null):
                Errors.Invalid("$.partnership", "give either 'partnership' (a served id) or 'arrangements' (a partnership document), not both.");
                return null;
            case (not null, null):
                return PartnershipById(id, "$.partnership");
            case (null, not null):
                if (PartnershipJson.TryFromDocument(document, "$.arrangements", out var posted, out var errors))
                {
                    return posted;
                }

                Errors.Invalid(errors);
                return null;
            default:
                Errors.Invalid("$.partnership", "is required: a served partnership id (such as 'lewisham'), or a partnership document in 'arrangements'.");
                return null;
        }
    }

    /// <summary>The arrangements of <paramref name="partnership"/> in force on <paramref name="date"/>, or null with a not-found problem at <paramref name="path"/>.</summary>
    public Arrangements? ArrangementsOn(Partnership partnership, LocalDate date, string path)
    {
        Guard.Against.Null(partnership);
        var first = partnership.Versions[0].EffectiveFrom;
        if (date >= first)
        {
            return partnership.ArrangementsOn(date);
        }

        Errors.NotFound(path, $"{partnership.Name} had no arrangements on {date:uuuu-MM-dd}; its first took effect on {first:uuuu-MM-dd}.");
        return null;
    }

    /// <summary>The body <paramref name="bodyId"/> of <paramref name="arrangements"/>, or null with a not-found problem naming the route's bodyId.</summary>
    public Body? BodyOf(Arrangements arrangements, string bodyId, LocalDate date)
    {
        Guard.Against.Null(arrangements);
        Guard.Against.Null(bodyId);
        if (arrangements.HasBody(bodyId))
        {
            return arrangements.Body(bodyId);
        }

        Errors.NotFound("bodyId", $"there is no body '{Echo.Of(bodyId)}' in the arrangements in force on {date:uuuu-MM-dd} ({arrangements.Title}); its bodies are: {string.Join(", ", arrangements.Bodies.Select(b => b.Id))}.");
        return null;
    }

    /// <summary>
    /// The compliance question of <paramref name="request"/>, read and validated once: the partnership, the records (and
    /// each checked against the arrangements), the evaluation date (<paramref name="today"/> when it gives none), the period
    /// (the financial year containing that date when it gives none) and the rulebook. Null with every problem recorded.
    /// </summary>
    public ComplianceQuery? Compliance(ComplianceRequest request, LocalDate today)
    {
        Guard.Against.Null(request);
        var partnership = Partnership(request.Partnership, request.Arrangements);
        var records = PartnershipRecords.Empty;
        if (request.Records is { } document)
        {
            if (RecordsJson.TryFromDocument(document, "$.records", out var read, out var errors))
            {
                records = read;
                InRecordRange(records, "$.records");
            }
            else
            {
                Errors.Invalid(errors);
            }
        }

        var asOf = request.AsOf ?? today;
        var asOfInRange = InRecordRange(asOf, "$.asOf");
        var period = asOfInRange || request.Period is not null ? Period(request.Period, asOf) : null;
        if (!RulebookJson.TryApply(Settings.Rulebook, request.Rulebook, "$.rulebook", out var rulebook, out var rulebookErrors))
        {
            Errors.Invalid(rulebookErrors);
        }

        if (!Errors.IsEmpty || partnership is null || period is null || rulebook is null)
        {
            return null;
        }

        // The records are checked against the arrangements once, here, and reported under $.records.
        Errors.Invalid(RecordsValidator.Validate(partnership, records, "$.records"));
        return Errors.IsEmpty ? new ComplianceQuery(partnership, records, period, asOf, rulebook) : null;
    }

    /// <summary>
    /// The obligations question of <paramref name="request"/>, read and validated once as <see cref="Compliance"/> reads a
    /// compliance request: a query whose evaluation date is the day the list is drawn up on (<paramref name="today"/> when it
    /// gives none) and whose period runs from that day to the end of the horizon (90 days when it gives none, at most
    /// <see cref="ObligationsHorizon.MaxDays"/>). Null with every problem recorded.
    /// </summary>
    public ComplianceQuery? Obligations(ObligationsRequest request, LocalDate today)
    {
        Guard.Against.Null(request);
        var asOf = request.AsOf ?? today;
        var days = request.HorizonDays ?? ObligationsHorizon.DefaultDays;
        // The date itself is checked once, by Compliance below, and named $.asOf; the horizon is named $.horizonDays.
        var asOfInRange = asOf >= Settings.Calendar.MinDate && asOf <= LastRecordDate;
        PeriodRequest? horizon = null;
        if (days < 1 || days > ObligationsHorizon.MaxDays)
        {
            Errors.Invalid("$.horizonDays", $"{days} is not a horizon: give 1 to {ObligationsHorizon.MaxDays} days (90 when left out).");
        }
        else if (asOfInRange && asOf.PlusDays(days) > LastRecordDate)
        {
            Errors.Invalid("$.horizonDays", $"{days} days from {asOf:uuuu-MM-dd} run past {LastRecordDate:uuuu-MM-dd}, the last date records may carry; ask for fewer days.");
        }
        else if (asOfInRange)
        {
            horizon = new PeriodRequest(asOf, asOf.PlusDays(days));
        }

        var period = horizon ?? (asOfInRange ? new PeriodRequest(asOf, asOf) : null);
        var query = Compliance(new ComplianceRequest(request.Partnership, request.Arrangements, request.Records, period, asOf, request.Rulebook), today);
        return horizon is null ? null : query;
    }

    /// <summary>
    /// The compliance question of a scenario file as <see cref="ScenarioText"/> read it: as <see cref="Compliance"/>, but
    /// the evaluation date is required (so a file gives the same answer every day), and every problem carries the line of
    /// the file it is on. The service's <c>POST /v1/scenarios</c> and the scenario runner both read a file through here.
    /// </summary>
    public ComplianceQuery? Scenario(ScenarioDocument document, ScenarioText text)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(text);
        Errors.LineOf = text.LineOf;
        var dates = new DocumentReader();
        var asOf = dates.Date(document.AsOf, "$.asOf", required: true);
        var period = document.Period is not { } p ? null : new PeriodRequest(dates.Date(p.Start, "$.period.start", required: true), dates.Date(p.End, "$.period.end", required: true));
        Errors.Invalid(dates.Errors);
        // With no usable evaluation date the rest is still read, so that every problem is told at once; no query results.
        var request = new ComplianceRequest(document.Partnership, document.Arrangements, document.Records, period, asOf, document.Rulebook);
        return Compliance(request, asOf ?? Settings.Calendar.MinDate);
    }

    /// <summary>The period asked for, or the financial year containing <paramref name="asOf"/>; null with the problem named by the field that led to it.</summary>
    private DateInterval? Period(PeriodRequest? requested, LocalDate asOf)
    {
        if (requested is null)
        {
            var year = FinancialYear.Containing(asOf);
            return InRecordRange(year.End, "$.asOf") ? year : null;
        }

        if (requested.Start is null)
        {
            Errors.Invalid("$.period.start", "is required: the first day of the period, such as 2024-04-01.");
        }

        if (requested.End is null)
        {
            Errors.Invalid("$.period.end", "is required: the last day of the period (inclusive), such as 2025-03-31.");
        }

        if (requested.Start is not { } start || requested.End is not { } end || !InRecordRange(start, "$.period.start") || !InRecordRange(end, "$.period.end"))
        {
            return null;
        }

        if (end < start)
        {
            Errors.Invalid("$.period.end", EffectivePeriod.EndBeforeStart(start, end));
            return null;
        }

        var years = Settings.MaxPeriodYears;
        if (end >= start.PlusYears(years))
        {
            Errors.Invalid("$.period.end", $"the period runs from {start:uuuu-MM-dd} to {end:uuuu-MM-dd}; at most {years} years are assessed in one request (ask for each part in turn).");
            return null;
        }

        return new DateInterval(start, end);
    }

    private bool InRange(LocalDate date, string path, LocalDate max)
    {
        if (date >= Settings.Calendar.MinDate && date <= max)
        {
            return true;
        }

        Errors.Invalid(path, $"{date:uuuu-MM-dd} is outside the supported range, {Settings.Calendar.MinDate:uuuu-MM-dd} to {max:uuuu-MM-dd} inclusive.");
        return false;
    }
}
