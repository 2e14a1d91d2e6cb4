using System.Text;
using Lscp.Model;
using Lscp.Rules.Governance;
using NodaTime;

namespace Lscp.Http.Endpoints;

/// <summary>
/// Writes expected meetings as an iCalendar (RFC 5545) feed: one all-day event per meeting on its nominal date, stamped
/// with the time the feed was made. Written here rather than through Ical.Net because Ical.Net is not trim-safe (it makes
/// objects by reflection, which Native AOT refuses); the tests read every feed back with Ical.Net, as a subscriber would.
/// </summary>
internal static class MeetingScheduleIcs
{
    /// <summary>RFC 5545 section 3.1: a content line is at most 75 octets, continued on lines that start with a space.</summary>
    private const int MaxLineOctets = 75;

    public static string Write(Partnership partnership, string bodyName, IReadOnlyList<ExpectedMeeting> meetings, Instant madeAt)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "PRODID:-//Lscp//Meeting schedule//EN");
        Line(ics, "VERSION:2.0");
        Line(ics, $"X-WR-CALNAME:{Text(partnership.Name + ": " + bodyName)}");
        var stamp = madeAt.InUtc().ToString("uuuuMMdd'T'HHmmss'Z'", null);
        foreach (var meeting in meetings)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"DESCRIPTION:{Text($"Due between {meeting.WindowStart:uuuu-MM-dd} and {meeting.WindowEnd:uuuu-MM-dd} (inclusive); the date is a planning date in the middle of the window.")}");
            Line(ics, $"DTEND;VALUE=DATE:{meeting.NominalDate.PlusDays(1):uuuuMMdd}");
            Line(ics, $"DTSTAMP:{stamp}");
            Line(ics, $"DTSTART;VALUE=DATE:{meeting.NominalDate:uuuuMMdd}");
            Line(ics, $"SUMMARY:{Text($"{bodyName} meeting {meeting.Number}")}");
            Line(ics, $"UID:{partnership.Id}-{meeting.BodyId}-{meeting.WindowStart:uuuuMMdd}-{meeting.Number}@lscp");
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>A TEXT value escaped (RFC 5545 section 3.3.11): backslash, semicolon, comma and line breaks.</summary>
    private static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Appends one content line, folded at 75 octets without splitting a character, each physical line ending CRLF.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = MaxLineOctets - 1;
            }

            ics.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        ics.Append("\r\n");
    }
}
