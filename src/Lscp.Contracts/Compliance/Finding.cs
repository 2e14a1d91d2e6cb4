using NodaTime;

namespace Lscp.Contracts;

/// <summary>What a rule found: which rule (its citation is in the answer's <c>rules</c>, once), how serious, about what, when, in words, and from which facts.</summary>
/// <param name="RuleId">The rule, such as <c>GOV-QUORUM-01</c>.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Subject">What it is about, as kind and id: <c>meeting:executive-2024-05-14</c>, <c>body:executive</c>.</param>
/// <param name="From">The first day it concerns.</param>
/// <param name="To">The last day it concerns (inclusive).</param>
/// <param name="Message">The finding in a sentence.</param>
/// <param name="Facts">The facts it used.</param>
/// <param name="ToConfirm">
/// What it rests on that is not published (an inferred or default fact of the arrangements, a parameter at this library's
/// default); absent when it rests only on published facts and the records. Only a finding without it counts towards the verdict.
/// </param>
public sealed record Finding(string RuleId, Severity Severity, string Subject, LocalDate From, LocalDate To, string Message, IReadOnlyList<Fact> Facts, IReadOnlyList<FactToConfirm>? ToConfirm = null);
