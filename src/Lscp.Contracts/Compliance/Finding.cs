using NodaTime;

namespace Lscp.Contracts;

/// <summary>What a rule found: which rule, how serious, about what, when, in words, why (citation), and from which facts.</summary>
/// <param name="RuleId">The rule, such as <c>GOV-QUORUM-01</c>.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Subject">What it is about, as kind and id: <c>meeting:executive-2024-05-14</c>, <c>body:executive</c>.</param>
/// <param name="From">The first day it concerns.</param>
/// <param name="To">The last day it concerns (inclusive).</param>
/// <param name="Message">The finding in a sentence.</param>
/// <param name="Citation">The rule's source.</param>
/// <param name="Facts">The facts it used.</param>
public sealed record Finding(string RuleId, Severity Severity, string Subject, LocalDate From, LocalDate To, string Message, Citation Citation, IReadOnlyList<Fact> Facts);
