using NodaTime;

namespace Lscp.Rules.Catalogue;

/// <summary>The rules' choice parameters read as what they mean: the one place their words (<c>january</c>, <c>yes</c>, <c>notification</c>) are compared.</summary>
internal static class RuleChoices
{
    /// <summary>The month (1 or 4) <paramref name="ruleId"/>'s cadence years start in on <paramref name="on"/>.</summary>
    public static int YearStartMonth(this Rulebook rulebook, string ruleId, LocalDate on) =>
        rulebook.Choice(ruleId, ParameterNames.YearStarts, on) == "january" ? 1 : 4;

    /// <summary>Whether a delegate's signature counts for its lead on a key document published on <paramref name="on"/>.</summary>
    public static bool DelegateMaySign(this Rulebook rulebook, LocalDate on) =>
        rulebook.Choice(RuleIds.KeyDocumentSigned, ParameterNames.DelegateMaySign, on) == "yes";

    /// <summary>Whether the rapid review clock counts from the notification to the Panel (else from awareness).</summary>
    public static bool RapidReviewFromNotification(this Rulebook rulebook, LocalDate on) =>
        rulebook.Choice(RuleIds.RapidReview, ParameterNames.Anchor, on) == "notification";
}
