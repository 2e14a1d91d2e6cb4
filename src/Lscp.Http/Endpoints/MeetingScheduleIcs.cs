using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Lscp.Model;
using Lscp.Rules.Governance;
using NodaTime;

namespace Lscp.Http.Endpoints;

/// <summary>
/// Writes expected meetings as an iCalendar (RFC 5545) feed through Ical.Net, which folds long lines at 75 octets and
/// escapes text: one all-day event per meeting on its nominal date, stamped with the time the feed was made.
/// </summary>
internal static class MeetingScheduleIcs
{
    public static string Write(Partnership partnership, string bodyName, IReadOnlyList<ExpectedMeeting> meetings, Instant madeAt)
    {
        var calendar = new Calendar { ProductId = "-//Lscp//Meeting schedule//EN", Scale = "GREGORIAN" };
        calendar.AddProperty("X-WR-CALNAME", $"{partnership.Name}: {bodyName}");
        var utc = madeAt.InUtc();
        var stamp = new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, "UTC");
        foreach (var meeting in meetings)
        {
            var day = meeting.NominalDate;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{partnership.Id}-{meeting.BodyId}-{meeting.WindowStart:uuuuMMdd}-{meeting.Number}@lscp",
                DtStamp = stamp,
                DtStart = new CalDateTime(day.Year, day.Month, day.Day),
                DtEnd = new CalDateTime(day.PlusDays(1).Year, day.PlusDays(1).Month, day.PlusDays(1).Day),
                Summary = $"{bodyName} meeting {meeting.Number}",
                Description = $"Due between {meeting.WindowStart:uuuu-MM-dd} and {meeting.WindowEnd:uuuu-MM-dd} (inclusive); the date is a planning date in the middle of the window.",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
