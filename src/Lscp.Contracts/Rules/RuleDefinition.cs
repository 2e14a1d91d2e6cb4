using NodaTime;

namespace Lscp.Contracts;

/// <summary>One rule of the catalogue.</summary>
/// <param name="Id">A stable id such as <c>GOV-QUORUM-01</c>.</param>
/// <param name="Title">What the rule checks, in a line.</param>
/// <param name="Area">Its family.</param>
/// <param name="Citation">Its source and our confidence in it.</param>
/// <param name="AppliesFrom">The first day the rule is law or practice.</param>
/// <param name="AppliesTo">The last day (inclusive); absent while it still applies.</param>
/// <param name="Parameters">Values a partnership may set.</param>
public sealed record RuleDefinition(string Id, string Title, RuleArea Area, Citation Citation, LocalDate AppliesFrom, LocalDate? AppliesTo, IReadOnlyList<RuleParameter> Parameters);
