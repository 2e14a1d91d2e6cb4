using Lscp.Adapters;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Governance;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using NodaTime;

namespace Lscp.Examples;

/// <summary>The examples of docs/dotnet.md, one method per block: each returns what the guide's comments say it gives.</summary>
public static class LibraryExamples
{
    /// <summary>The working-day calendar.</summary>
    public static (LocalDate NotifyBy, int Used, int Holidays2022, bool AmendedIsWorkingDay) Calendar()
    {
        #region calendar
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var aware = new LocalDate(2024, 12, 20);
        var notifyBy = calendar.AddWorkingDays(aware, 5);          // 2024-12-31: 25 and 26 December are bank holidays
        var used = calendar.WorkingDaysBetween(aware, notifyBy);   // 5
        var holidays = calendar.BankHolidaysIn(2022);              // 10: the jubilee moves and the state funeral
        var amended = calendar.WithAmendments(
            CalendarAmendment.NonWorkingDay(new LocalDate(2027, 6, 7), "A holiday proclaimed after this release"));
        Console.WriteLine($"notify by {notifyBy:yyyy-MM-dd}, {used} working days after {aware:yyyy-MM-dd}");
        Console.WriteLine($"{holidays.Length} bank holidays in 2022");
        Console.WriteLine($"7 June 2027 a working day once amended: {amended.IsWorkingDay(new LocalDate(2027, 6, 7))}");
        #endregion
        return (notifyBy, used, holidays.Length, amended.IsWorkingDay(new LocalDate(2027, 6, 7)));
    }

    /// <summary>A partnership on any date.</summary>
    public static (int Bodies2021, int Bodies2024, string LeadTitle, string? Chair) PartnershipOnADate()
    {
        #region partnership
        var lewisham = BuiltInPartnerships.Lewisham;
        var in2021 = lewisham.ArrangementsOn(new LocalDate(2021, 6, 1));   // the 2020-21 structure: CCG, Concern Hub
        var in2024 = lewisham.ArrangementsOn(new LocalDate(2024, 6, 1));   // the current structure: ICB, MACE
        var words = Terminology.On(new LocalDate(2024, 6, 1));              // "Lead Safeguarding Partner"
        var chair = Chairs.On(lewisham, "executive", new LocalDate(2024, 6, 1));   // the chairing agency and person
        Console.WriteLine($"{in2021.Bodies.Length} bodies in 2021, {in2024.Bodies.Length} in 2024");
        Console.WriteLine(words.LeadTitle);
        Console.WriteLine($"{chair.AgencyId} chairs the Executive ({chair.Basis?.Provenance.ToString() ?? "published"})");
        #endregion
        return (in2021.Bodies.Length, in2024.Bodies.Length, words.LeadTitle, chair.AgencyId);
    }

    /// <summary>Governance questions and a compliance result.</summary>
    public static (string? AccountableAgency, string QuorumMissing, string Text) Governance()
    {
        #region governance
        var lewisham = BuiltInPartnerships.Lewisham;
        var date = new LocalDate(2024, 9, 10);
        var chain = Accountability.ForPerson(lewisham, "Ceri Jacob", date)[0];   // person, delegation, lead, agency
        var meeting = new Meeting("exec-2024-09-10", "executive", date, "lb-lewisham",
        [
            new Attendance("lb-lewisham", AttendanceStatus.Present),
            new Attendance("nhs-sel-icb", AttendanceStatus.Present),
            new Attendance("met-police", AttendanceStatus.Apologies),
        ]);
        var quorum = Quorum.Check(lewisham.ArrangementsOn(date), meeting);   // not quorate: "no police representative"
        var records = new PartnershipRecords([meeting], []);
        var result = ComplianceEvaluator.Evaluate(
            lewisham, records, new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2025, 3, 31)),
            Rulebook.Standard, WorkingDayCalendar.EnglandAndWales, new FixedDateClock(new LocalDate(2025, 6, 30)));
        var text = ComplianceText.Render(result);                           // every finding with its citation
        Console.WriteLine(chain.Explanation);
        Console.WriteLine(quorum.Explanation);
        Console.WriteLine($"{result.Breaches.Count()} breaches in 2024-25");
        #endregion
        return (chain.AccountableAgencyId, string.Join("; ", quorum.Missing), text);
    }

    /// <summary>The statutory clocks of an incident, and a compliance report.</summary>
    public static (LocalDate? RapidReviewDue, DeadlineStatus Status, Verdict Verdict, string Json) Clocks()
    {
        #region clocks
        var lewisham = BuiltInPartnerships.Lewisham;
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var incident = new SeriousIncident("LSCP-2024-002", new LocalDate(2024, 12, 16),
            notifiedPanelOn: new LocalDate(2024, 12, 19), rapidReviewSentOn: new LocalDate(2025, 1, 17));
        var clocks = DeadlineCalculator.ForIncident(incident, new LocalDate(2025, 2, 1), Rulebook.Standard, calendar);
        var rapid = clocks.Single(c => c.RuleId == RuleIds.RapidReview);    // due 2025-01-14, met late by 3 working days
        var records = new PartnershipRecords([], [], [incident]);
        var year = new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2025, 3, 31));  // 2024-25, the incident's year
        var report = ComplianceReportBuilder.Build(lewisham, records, year, Rulebook.Standard, calendar,
            new FixedDateClock(new LocalDate(2025, 6, 30)));
        var answer = report.ToContract();                                   // the one report shape, as the service sends it
        var json = ComplianceReportJson.Write(answer);                      // or ComplianceReportText.Render(answer)
        Console.WriteLine($"rapid review due {rapid.DueOn:yyyy-MM-dd}: {rapid.Status}");
        Console.WriteLine(answer.Verdict);
        #endregion
        return (rapid.DueOn, rapid.Status, report.Verdict, json);
    }

    /// <summary>What is due, and when: the obligations open on a Monday morning and falling due in the next 13 weeks.</summary>
    public static (int Count, string Text) Due()
    {
        #region due
        var lewisham = BuiltInPartnerships.Lewisham;
        var records = new PartnershipRecords(
            [new Meeting("executive-2025-04-10", "executive", new LocalDate(2025, 4, 10), null, [])], [],
            [new SeriousIncident("LSCP-2025-001", new LocalDate(2025, 4, 22), notifiedPanelOn: new LocalDate(2025, 4, 24))]);
        var due = ObligationsHorizon.Build(lewisham, records, new LocalDate(2025, 5, 5), horizonDays: 91,
            Rulebook.Standard, WorkingDayCalendar.EnglandAndWales);         // Monday 5 May 2025, 13 weeks ahead
        var text = ObligationsText.Render(due.ToContract());                // overdue first, then week by week
        foreach (var next in due.Obligations.Where(o => o.Subject.Id is "LSCP-2025-001" or "executive"))
        {
            Console.WriteLine($"{next.LatestOn:yyyy-MM-dd} {next.RuleId}{(next.Overdue ? " overdue" : "")}");
        }
        #endregion
        return (due.Obligations.Length, text);
    }
}
