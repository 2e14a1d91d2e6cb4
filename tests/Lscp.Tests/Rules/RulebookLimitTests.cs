using Lscp.Adapters;
using Lscp.Contracts.Documents;
using Lscp.Model;
using Lscp.Rules;
using Lscp.Rules.Catalogue;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Rules;

/// <summary>A rulebook document is checked as a whole, in n log n: overlaps found wherever they sit, useless volume refused.</summary>
public sealed class RulebookLimitTests
{
    private static SettingDocument Tolerance(string from, string? to) =>
        new() { Rule = RuleIds.NoLongGap, Name = "toleranceDays", Value = "10", From = from, To = to, Reason = "Local practice" };

    [Fact]
    public void An_overlap_hidden_behind_a_long_setting_is_found_at_the_later_item()
    {
        // [Apr 2024 - Mar 2026] covers [Jun - Jul 2025], which is not adjacent to it once sorted by start.
        var document = new RulebookDocument { Settings = [Tolerance("2024-04-01", "2026-03-31"), Tolerance("2024-05-01", "2024-05-31"), Tolerance("2025-06-01", "2025-07-31")] };
        Assert.False(RulebookJson.TryApply(Rulebook.Standard, document, "$.rulebook", out _, out var errors));
        Assert.Equal(["$.rulebook.settings[1].from", "$.rulebook.settings[2].from"], errors.Select(e => e.Path));
        Assert.Contains("overlaps", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_that_meet_but_do_not_overlap_are_accepted_in_any_order()
    {
        var document = new RulebookDocument { Settings = [Tolerance("2025-04-01", null), Tolerance("2024-04-01", "2025-03-31")] };
        Assert.True(RulebookJson.TryApply(Rulebook.Standard, document, "$", out var rulebook, out _));
        Assert.Equal(10m, rulebook.Number(RuleIds.NoLongGap, "toleranceDays", D("2026-01-01")));
    }

    [Fact]
    public void More_suspensions_of_one_rule_than_can_be_useful_are_refused_naming_the_first_too_many()
    {
        var suspensions = Enumerable.Range(0, Rulebook.MaxSuspensionsPerRule + 5)
            .Select(i => new SuspensionDocument { Rule = RuleIds.MeetingQuorate, From = D("2020-01-01").PlusDays(i * 2).ToString("uuuu-MM-dd", null), Reason = "r" })
            .ToList();
        Assert.False(RulebookJson.TryApply(Rulebook.Standard, new RulebookDocument { Suspensions = suspensions }, "$.rulebook", out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal($"$.rulebook.suspensions[{Rulebook.MaxSuspensionsPerRule}].rule", error.Path);
    }

    [Fact]
    public void More_settings_of_one_parameter_than_can_be_useful_are_refused()
    {
        var settings = Enumerable.Range(0, Rulebook.MaxSettingsPerParameter + 1)
            .Select(i => Tolerance(D("2020-01-01").PlusDays(i * 3).ToString("uuuu-MM-dd", null), D("2020-01-01").PlusDays((i * 3) + 1).ToString("uuuu-MM-dd", null)))
            .ToList();
        Assert.False(RulebookJson.TryApply(Rulebook.Standard, new RulebookDocument { Settings = settings }, "$", out _, out var errors));
        Assert.Contains($"at most {Rulebook.MaxSettingsPerParameter}", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_one_at_a_time_and_all_at_once_give_the_same_rulebook()
    {
        var first = new ParameterSetting(RuleIds.NoLongGap, "toleranceDays", "10", new EffectivePeriod(D("2024-04-01"), D("2025-03-31")), "r");
        var second = new RuleSuspension(RuleIds.MeetingQuorate, new EffectivePeriod(D("2024-09-01"), D("2024-09-30")), "r");
        Assert.Equal(Rulebook.Standard.WithSetting(first).WithSuspension(second), Rulebook.Standard.With([first], [second]));
        Assert.Throws<ArgumentException>(() => Rulebook.Standard.With([first, first with { Reason = "again" }], []));
    }
}
