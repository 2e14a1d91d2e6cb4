using Lscp.Adapters;
using Lscp.Model;
using NodaTime;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Model;

/// <summary>The model's types refuse invalid values on construction.</summary>
public sealed class ModelInvariantTests
{
    [Fact]
    public void Arrangements_that_do_not_fit_together_are_refused_by_TryCreate_with_the_errors_the_constructor_throws()
    {
        var v = BuiltInPartnerships.Lewisham.Versions[^1];
        var d = v.Delegations[0];
        var stray = new Delegation(d.Id, d.PartnerAgencyId, "no-such-post", d.Period, d.Functions);
        Assert.False(Arrangements.TryCreate(v.EffectiveFrom, v.Title, v.Source, v.Agencies, v.Posts, v.Holdings, v.Leads, [stray, .. v.Delegations.Skip(1)], v.Bodies, v.Neighbours, out var none, out var errors));
        Assert.Null(none);
        var thrown = Assert.Throws<InvalidArrangementsException>(() => new Arrangements(v.EffectiveFrom, v.Title, v.Source, v.Agencies, v.Posts, v.Holdings, v.Leads, [stray, .. v.Delegations.Skip(1)], v.Bodies, v.Neighbours));
        Assert.Equal(thrown.Errors, errors);
        Assert.Contains(errors, e => e.Path.StartsWith("delegations[0]", StringComparison.Ordinal));

        Assert.True(Arrangements.TryCreate(v.EffectiveFrom, v.Title, v.Source, v.Agencies, v.Posts, v.Holdings, v.Leads, v.Delegations, v.Bodies, v.Neighbours, v.Basis, out var made, out var noErrors));
        Assert.Equal(v, made);
        Assert.Empty(noErrors);
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => new EffectivePeriod(D("2024-05-01"), D("2024-04-30")));

    [Theory]
    [InlineData("2024-04-01", "2024-04-30", "2024-04-30", "2024-05-31", true)]
    [InlineData("2024-04-01", "2024-04-30", "2024-05-01", null, false)]
    [InlineData("2024-04-01", null, "2030-01-01", "2030-01-02", true)]
    public void Periods_overlap_when_they_share_a_day(string s1, string? e1, string s2, string? e2, bool overlaps)
    {
        var a = new EffectivePeriod(D(s1), e1 is null ? null : D(e1));
        var b = new EffectivePeriod(D(s2), e2 is null ? null : D(e2));
        Assert.Equal(overlaps, a.Overlaps(b));
        Assert.Equal(overlaps, b.Overlaps(a));
    }

    [Fact]
    public void Both_ends_of_a_period_are_inclusive()
    {
        var period = new EffectivePeriod(D("2024-04-01"), D("2024-04-30"));
        Assert.True(period.Contains(D("2024-04-01")));
        Assert.True(period.Contains(D("2024-04-30")));
        Assert.False(period.Contains(D("2024-05-01")));
    }

    [Theory]
    [InlineData("Lewisham")]
    [InlineData("-lead")]
    [InlineData("")]
    [InlineData("has space")]
    public void Ids_are_lower_case_slugs(string id) =>
        Assert.Throws<ArgumentException>(() => new Agency(id, "Name", AgencyKind.Other, AgencyRole.RelevantAgency));

    [Fact]
    public void A_rotation_needs_two_distinct_agencies()
    {
        Assert.Throws<ArgumentException>(() => new RotatingChair(["council"], new AnnualDate(4, 1), 2024));
        Assert.Throws<ArgumentException>(() => new RotatingChair(["council", "council"], new AnnualDate(4, 1), 2024));
    }

    [Theory]
    [InlineData("2024-03-31", "police")] // rotation year 2023 (1 April 2023 to 31 March 2024)
    [InlineData("2024-04-01", "council")]
    [InlineData("2025-04-01", "icb")]
    [InlineData("2027-04-01", "council")]
    [InlineData("2020-04-01", "police")] // before the first year the rotation runs backwards: 2023 police, 2022 icb, 2021 council, 2020 police
    public void A_rotation_cycles_through_its_order_by_rotation_year(string date, string expected)
    {
        var rotation = new RotatingChair(["council", "icb", "police"], new AnnualDate(4, 1), 2024);
        Assert.Equal(expected, rotation.AgencyOn(D(date)));
    }

    [Fact]
    public void A_calendar_year_rotation_turns_on_1_January()
    {
        var rotation = new RotatingChair(["council", "icb"], new AnnualDate(1, 1), 2024);
        Assert.Equal("council", rotation.AgencyOn(D("2024-12-31")));
        Assert.Equal("icb", rotation.AgencyOn(D("2025-01-01")));
    }

    [Fact]
    public void Two_versions_cannot_take_effect_on_one_day()
    {
        var version = BuiltInPartnerships.Lewisham.Versions[0];
        Assert.Throws<ArgumentException>(() => new Partnership("x", "X", ["X"], [version, version]));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_seat_recorded_twice_at_a_meeting_is_refused_in_a_short_list_and_a_long_one(int seats)
    {
        // A few records are compared pairwise, a long list through a set: both find the repeat, and only the repeat.
        var attendance = Enumerable.Range(0, seats).Select(i => new Lscp.Model.Records.Attendance($"agency-{i}", Lscp.Model.Records.AttendanceStatus.Present)).ToList();
        _ = new Lscp.Model.Records.Meeting("m", "executive", D("2024-05-14"), null, attendance);
        attendance.Add(new Lscp.Model.Records.Attendance($"agency-{seats - 1}", Lscp.Model.Records.AttendanceStatus.Apologies));
        var refused = Assert.Throws<ArgumentException>(() => new Lscp.Model.Records.Meeting("m", "executive", D("2024-05-14"), null, attendance));
        Assert.Contains($"'agency-{seats - 1}' (its seat) twice", refused.Message, StringComparison.Ordinal);
        attendance[^1] = new Lscp.Model.Records.Attendance($"agency-{seats - 1}", Lscp.Model.Records.AttendanceStatus.Present, "Another role");
        _ = new Lscp.Model.Records.Meeting("m", "executive", D("2024-05-14"), null, attendance);
    }
}
