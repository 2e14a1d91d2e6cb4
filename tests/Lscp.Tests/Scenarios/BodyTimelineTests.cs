using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Governance;
using Lscp.Scenarios;
using NodaTime;

namespace Lscp.Tests.Scenarios;

/// <summary>
/// The answer carries each body's timeline (the meetings held and the cadence windows that ended in the assessed days), and
/// they are what the scenario's own records and <see cref="MeetingSchedule"/> give: the page and the runner's HTML draw the
/// per-body timeline from the answer alone.
/// </summary>
public sealed class BodyTimelineTests
{
    private static readonly string Folder = Support.Repository.Path("samples", "scenarios");

    public static TheoryData<string> Files => [.. ScenarioRunner.Files(Folder).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_body_s_meetings_and_windows_are_what_the_records_and_its_schedule_give(string file)
    {
        var path = Path.Combine(Folder, file);
        // No sample sets GOV-CADENCE-01's yearStarts, so the windows count from April, the rule's default.
        Assert.DoesNotContain("yearStarts", File.ReadAllText(path), StringComparison.Ordinal);
        var scenario = ScenarioReader.Read(path);
        var report = ScenarioRunner.Run(scenario).Report;
        var (from, until) = (report.AssessedFrom, report.AssessedUntil);
        bool Assessed(LocalDate d) => d >= from && d <= until;
        var windowsSeen = 0;

        foreach (var body in report.Measures.Bodies)
        {
            var held = scenario.Records.Meetings.Where(m => m.BodyId == body.BodyId && Assessed(m.Date)).OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
            var expectedMeetings = held.Select(m => (m.Id, m.Date, Quorate(scenario.Partnership, m))).ToList();
            Assert.Equal(expectedMeetings, (body.Meetings ?? []).Select(m => (m.MeetingId, m.Date, m.Quorate)).ToList());
            Assert.Equal(held.Count, body.Held);

            var windows = new List<(LocalDate Start, LocalDate End, bool Met)>();
            for (var yearStart = MeetingSchedule.YearStartOf(from, 4); yearStart <= until; yearStart = yearStart.PlusYears(1))
            {
                windows.AddRange(MeetingSchedule.ForYear(scenario.Partnership, body.BodyId, yearStart, WorkingDayCalendar.EnglandAndWales)
                    .Where(w => w.WindowStart >= from && w.WindowEnd <= until)
                    .Select(w => (w.WindowStart, w.WindowEnd, held.Any(m => m.Date >= w.WindowStart && m.Date <= w.WindowEnd))));
            }

            Assert.Equal(windows, (body.Windows ?? []).Select(w => (w.Start, w.End, w.Met)).ToList());
            Assert.Equal(body.Expected ?? 0, windows.Count);
            windowsSeen += windows.Count;
            Assert.True(body.Meetings is null || body.Meetings.Count > 0, "an empty list of meetings is left out");
            Assert.True(body.Windows is null || body.Windows.Count > 0, "an empty list of windows is left out");
        }

        Assert.True(windowsSeen > 0 || report.Measures.Bodies.All(b => b.Expected is null or 0), $"{file}: no window at all");
    }

    [Fact]
    public void A_missed_window_is_one_the_cadence_rule_finds_missed()
    {
        // The executive meets in May only: the windows after it are missed, and so are every other body's.
        var path = Path.Combine(Path.GetTempPath(), $"lscp-timeline-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "partnership: lewisham\nperiod: { start: 2024-04-01, end: 2024-09-30 }\nasOf: 2024-10-31\nrecords:\n  meetings:\n    - { id: executive-2024-05-14, body: executive, date: 2024-05-14 }\n");
        var report = ScenarioRunner.Run(ScenarioReader.Read(path)).Report;
        var executive = report.Measures.Bodies.Single(b => b.BodyId == "executive");
        Assert.Contains(executive.Windows!, w => w.Met);
        Assert.Contains(executive.Windows!, w => !w.Met);
        var missed = report.Measures.Bodies.SelectMany(b => (b.Windows ?? []).Where(w => !w.Met).Select(w => $"body:{b.BodyId} {w.Start:uuuu-MM-dd} {w.End:uuuu-MM-dd}")).ToList();
        Assert.Equal(
            report.Findings.Where(f => f.RuleId == "GOV-CADENCE-01").Select(f => $"{f.Subject} {f.From:uuuu-MM-dd} {f.To:uuuu-MM-dd}").Order(StringComparer.Ordinal),
            missed.Order(StringComparer.Ordinal));
    }

    private static bool? Quorate(Lscp.Model.Partnership partnership, Meeting meeting) =>
        Quorum.Check(partnership.ArrangementsOn(meeting.Date), meeting).Outcome switch
        {
            QuorumOutcome.NoRule => null,
            var outcome => outcome == QuorumOutcome.Quorate,
        };
}
