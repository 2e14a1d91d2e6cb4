using System.Text;
using Lscp.Contracts;
using Lscp.Model;
using NodaTime;

namespace Lscp.Http.Endpoints;

/// <summary>
/// The one iCalendar (RFC 5545) writer: all-day events, each stamped with the time the feed was made, for a body's
/// expected meetings and for what is due. Written here rather than through Ical.Net because Ical.Net is not trim-safe (it
/// makes objects by reflection, which Native AOT refuses); the tests read every feed back with Ical.Net, as a subscriber
/// would.
/// </summary>
internal static class IcsFeed
{
    /// <summary>RFC 5545 section 3.1: a content line is at most 75 octets, continued on lines that start with a space.</summary>
    private const int MaxLineOctets = 75;

    /// <summary>One all-day event.</summary>
    private readonly record struct Event(string Uid, LocalDate Day, string Summary, string Description);

    /// <summary>A body's expected meetings: one event per meeting on its nominal date, its window in the description.</summary>
    public static string Schedule(Partnership partnership, string bodyName, IReadOnlyList<Rules.Governance.ExpectedMeeting> meetings, Instant madeAt) =>
        Write("Meeting schedule", $"{partnership.Name}: {bodyName}", meetings.Select(m => new Event(
            $"{partnership.Id}-{m.BodyId}-{m.WindowStart:uuuuMMdd}-{m.Number}@lscp",
            m.NominalDate,
            $"{bodyName} meeting {m.Number}",
            $"Due between {m.WindowStart:uuuu-MM-dd} and {m.WindowEnd:uuuu-MM-dd} (inclusive); the date is a planning date in the middle of the window.")), madeAt);

    /// <summary>What is due: one event per obligation on the latest day it can be met, with the rule, its citation and the action.</summary>
    public static string Obligations(ObligationsResponse list, Instant madeAt) =>
        Write("What is due", $"{list.PartnershipId}: what is due from {list.AsOf:uuuu-MM-dd} to {list.Until:uuuu-MM-dd}", list.Obligations.Select((o, i) =>
        {
            var rule = list.Rules[o.RuleId];
            var toConfirm = o.ToConfirm is { Count: > 0 } basis ? $" To confirm: {string.Join("; ", basis.Select(b => $"{b.Fact} ({b.Note})"))}." : string.Empty;
            return new Event(
                $"{list.PartnershipId}-{list.AsOf:uuuuMMdd}-{i}-{o.RuleId}-{o.LatestOn:uuuuMMdd}@lscp",
                o.LatestOn,
                $"{(o.Overdue ? "OVERDUE: " : string.Empty)}{o.RuleId} {o.Subject}",
                $"{o.Action} Rule {o.RuleId}, {rule.Title}. Source: {rule.Citation.Source} ({EnumNames.NameOf(rule.Citation.Confidence)}).{toConfirm}");
        }), madeAt);

    private static string Write(string product, string name, IEnumerable<Event> events, Instant madeAt)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, $"PRODID:-//Lscp//{product}//EN");
        Line(ics, "VERSION:2.0");
        Line(ics, $"X-WR-CALNAME:{Text(name)}");
        var stamp = madeAt.InUtc().ToString("uuuuMMdd'T'HHmmss'Z'", null);
        foreach (var e in events)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"DESCRIPTION:{Text(e.Description)}");
            Line(ics, $"DTEND;VALUE=DATE:{e.Day.PlusDays(1):uuuuMMdd}");
            Line(ics, $"DTSTAMP:{stamp}");
            Line(ics, $"DTSTART;VALUE=DATE:{e.Day:uuuuMMdd}");
            Line(ics, $"SUMMARY:{Text(e.Summary)}");
            Line(ics, $"UID:{e.Uid}");
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
