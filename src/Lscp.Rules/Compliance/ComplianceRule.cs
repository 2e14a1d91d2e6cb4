using System.Runtime.InteropServices;
using Lscp.Model;
using NodaTime;

namespace Lscp.Rules.Compliance;

/// <summary>A rule that produces findings. Each is a pure function of the <see cref="ComplianceContext"/>; its file is named by its id.</summary>
public abstract class ComplianceRule
{
    /// <summary>The rule's definition: id, title, citation, dates and parameters, declared in the rule's own file.</summary>
    public abstract Catalogue.RuleDefinition Definition { get; }

    /// <summary>The rule's id (<see cref="Catalogue.RuleIds"/>).</summary>
    public string Id => Definition.Id;

    /// <summary>The rule's findings in the context.</summary>
    public abstract IEnumerable<Finding> Evaluate(ComplianceContext context);

    /// <summary>
    /// A finding that rests on a fact of the arrangements: when <paramref name="basis"/> is inferred or a default, the message
    /// says so and a <c>basis</c> fact gives the reasoning, so no answer passes an inference off as published.
    /// </summary>
    protected Finding FoundOn(FactBasis? basis, ComplianceContext context, Severity severity, Subject subject, LocalDate from, LocalDate to, string message, params Fact[] facts) =>
        basis is null or { Provenance: Provenance.Published }
            ? Found(context, severity, subject, from, to, message, facts)
            : Found(context, severity, subject, from, to, $"{message} This rests on an {(basis.Provenance == Provenance.Inferred ? "inferred" : "unconfirmed default")} {basis.Fact}; see the basis.", [.. facts, new Fact("basis", basis.ToString())]);

    /// <summary>A finding with its citation and the facts it used.</summary>
    protected Finding Found(ComplianceContext context, Severity severity, Subject subject, LocalDate from, LocalDate to, string message, params Fact[] facts) =>
        // The facts array is the caller's fresh one (params, or built for this call), so it is wrapped, not copied.
        new(Id, severity, subject, from, to, message, Definition.Citation, ImmutableCollectionsMarshal.AsImmutableArray(facts));

    /// <summary>The runs of days from <paramref name="from"/> to <paramref name="to"/> not covered by any of <paramref name="cover"/> (all inclusive).</summary>
    protected static IEnumerable<(LocalDate From, LocalDate To)> Uncovered(LocalDate from, LocalDate to, IEnumerable<EffectivePeriod> cover)
    {
        var next = from;
        foreach (var period in cover.Where(p => p.Overlaps(new EffectivePeriod(from, to))).OrderBy(p => p.Start))
        {
            if (period.Start > next)
            {
                yield return (next, LocalDate.Min(period.Start.PlusDays(-1), to));
            }

            if (period.End is not { } end || end >= to)
            {
                yield break;
            }

            next = LocalDate.Max(next, end.PlusDays(1));
        }

        if (next <= to)
        {
            yield return (next, to);
        }
    }

    /// <summary>
    /// The assessed days clipped to the days this rule applies, or null when none is left. With
    /// <paramref name="needsDutyRecords"/>, also null when the records carry no duty records (the evaluator notes those
    /// duties as not recorded; a rule never invents a breach from their absence).
    /// </summary>
    protected (LocalDate From, LocalDate To)? AssessedDays(ComplianceContext context, bool needsDutyRecords = false)
    {
        var applies = Definition.AppliesDuring;
        var from = LocalDate.Max(context.AssessedFrom, applies.Start);
        var to = applies.End is { } end ? LocalDate.Min(context.AssessedUntil, end) : context.AssessedUntil;
        return from > to || (needsDutyRecords && !context.Records.HasDutyRecords) ? null : (from, to);
    }

    /// <summary>A run of days in words: "2024-05-01" or "2024-05-01 to 2024-05-31".</summary>
    protected static string Days(LocalDate from, LocalDate to) => from == to ? $"{from:uuuu-MM-dd}" : $"{from:uuuu-MM-dd} to {to:uuuu-MM-dd}";
}
