using System.Text;
using Lscp.Model;
using Lscp.Rules.Governance;

namespace Lscp.Http.Endpoints;

/// <summary>Writes expected meetings as an iCalendar (RFC 5545) feed: one all-day event per meeting on its nominal date.</summary>
internal static class MeetingScheduleIcs
{
    public static string Write(Partnership partnership, string bodyName, IEnumerable<ExpectedMeeting> meetings)
    {
        var ics = new StringBuilder();
        void Line(string text) => ics.Append(text).Append("\r\n");
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Lscp//Meeting schedule//EN");
        Line("CALSCALE:GREGORIAN");
        Line($"X-WR-CALNAME:{Escape($"{partnership.Name}: {bodyName}")}");
        foreach (var meeting in meetings)
        {
            Line("BEGIN:VEVENT");
            Line($"UID:{partnership.Id}-{meeting.BodyId}-{meeting.WindowStart:uuuuMMdd}-{meeting.Number}@lscp");
            Line($"DTSTAMP:{meeting.WindowStart:uuuuMMdd}T000000Z");
            Line($"DTSTART;VALUE=DATE:{meeting.NominalDate:uuuuMMdd}");
            Line($"DTEND;VALUE=DATE:{meeting.NominalDate.PlusDays(1):uuuuMMdd}");
            Line($"SUMMARY:{Escape($"{bodyName} meeting {meeting.Number}")}");
            Line($"DESCRIPTION:{Escape($"Due between {meeting.WindowStart:uuuu-MM-dd} and {meeting.WindowEnd:uuuu-MM-dd} (inclusive); the date is a planning date in the middle of the window.")}");
            Line("END:VEVENT");
        }

        Line("END:VCALENDAR");
        return ics.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
