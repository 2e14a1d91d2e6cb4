using NodaTime;

namespace Lscp.Contracts;

/// <summary>Something a rule asks that is still open: which rule (its citation is in the answer's <c>rules</c>, once), about what, what must happen, and by when.</summary>
/// <param name="RuleId">The rule, such as <c>TS-RAPID-01</c> or <c>GOV-CADENCE-01</c>.</param>
/// <param name="Subject">What it is about, as kind and id: <c>incident:LSCP-2024-002</c>, <c>body:executive</c>.</param>
/// <param name="Action">What must happen, in a sentence.</param>
/// <param name="LatestOn">The latest day it can be done in time, that day included (for an overdue one, the day it was due).</param>
/// <param name="Overdue">True when that day has passed and it is still not done.</param>
/// <param name="Facts">The values it was worked out from.</param>
/// <param name="ToConfirm">What it rests on that is not published; absent when it rests only on published facts and the records.</param>
public sealed record Obligation(string RuleId, string Subject, string Action, LocalDate LatestOn, bool Overdue, IReadOnlyList<Fact> Facts, IReadOnlyList<FactToConfirm>? ToConfirm = null);
