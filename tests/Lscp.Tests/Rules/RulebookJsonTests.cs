using Lscp.Adapters;
using Lscp.Model;
using Lscp.Rules.Catalogue;
using static Lscp.Tests.Support.Dates;
using Lscp.Contracts.Documents;

namespace Lscp.Tests.Rules;

public sealed class RulebookJsonTests
{
    [Fact]
    public void Settings_and_suspensions_apply_and_change_the_version()
    {
        var document = new RulebookDocument
        {
            Settings = [new() { Rule = RuleIds.NoLongGap, Name = "toleranceDays", Value = "30", From = "2024-04-01", Reason = "Local agreement" }],
            Suspensions = [new() { Rule = RuleIds.RapidReview, From = "2020-03-23", To = "2020-07-31", Reason = "National relaxation" }],
        };
        var rulebook = RulebookJson.Apply(Rulebook.Standard, document);
        Assert.Equal(30m, rulebook.Number(RuleIds.NoLongGap, "toleranceDays", D("2024-05-01")));
        Assert.Equal(14m, rulebook.Number(RuleIds.NoLongGap, "toleranceDays", D("2024-03-31")));
        Assert.NotNull(rulebook.SuspensionOn(RuleIds.RapidReview, D("2020-04-01")));
        Assert.NotEqual(Rulebook.StandardVersion, rulebook.Version);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path()
    {
        var document = new RulebookDocument
        {
            Settings =
            [
                new() { Rule = "GOV-NOPE-01", Name = "x", Value = "1", From = "2024-04-01", Reason = "r" },
                new() { Rule = RuleIds.NoLongGap, Name = "tolerance", Value = "1", From = "2024-04-01", Reason = "r" },
                new() { Rule = RuleIds.NoLongGap, Name = "toleranceDays", Value = "-3", From = "2024-04-01", Reason = "r" },
                new() { Rule = RuleIds.RapidReview, Name = "anchor", Value = "whenever", From = "2024-02-30", Reason = "r" },
            ],
            Suspensions = [new() { Rule = RuleIds.RapidReview, From = "2020-03-23" }],
        };
        var errors = Assert.Throws<InvalidRulebookException>(() => RulebookJson.Apply(Rulebook.Standard, document, "$.rulebook")).Errors;
        Assert.Contains(errors, e => e.Path == "$.rulebook.settings[0].rule" && e.Message.Contains("no rule 'GOV-NOPE-01'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.rulebook.settings[1].name" && e.Message.Contains("no parameter 'tolerance'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.rulebook.settings[2].value" && e.Message.Contains("below the minimum", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.rulebook.settings[3].from");
        Assert.Contains(errors, e => e.Path == "$.rulebook.suspensions[0].reason");
        Assert.IsAssignableFrom<ValidationFailedException>(Assert.Throws<InvalidRulebookException>(() => RulebookJson.Apply(Rulebook.Standard, document)));
    }
}
