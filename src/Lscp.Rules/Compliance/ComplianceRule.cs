using System.Runtime.InteropServices;
using Lscp.Model;
using NodaTime;
using Lscp.Rules.Catalogue;

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
    /// What the rule asks that is open on the context's last assessed day and falls due by <paramref name="until"/> (or is
    /// already overdue): none for a rule that only judges what has happened. The clocks' are the records' deadlines,
    /// listed by the obligations horizon itself.
    /// </summary>
    public virtual IEnumerable<Obligation> Due(ComplianceContext context, LocalDate until) => [];

    /// <summary>Who must attend for the body's meeting to be quorate under the rule in force, in words; null when it has no quorum rule.</summary>
    private protected static string? QuorumNeeds(Lscp.Model.Arrangements arrangements, Lscp.Model.Body body)
    {
        if (body.Quorum is not { } rule)
        {
            return null;
        }

        var needs = new List<string>();
        if (rule.RequireAllStatutoryPartners)
        {
            needs.Add($"each statutory partner represented ({string.Join(", ", arrangements.StatutoryPartners.Select(p => p.Name))})");
        }

        if (rule.MinimumMembers > 0)
        {
            needs.Add($"at least {rule.MinimumMembers} members present");
        }

        if (rule.MinimumAgencies > 0)
        {
            needs.Add($"at least {rule.MinimumAgencies} agencies represented");
        }

        if (rule.ChairMustBePresent)
        {
            needs.Add("the chair present");
        }

        return needs.Count == 0 ? "no attendance required by its rule" : string.Join("; ", needs);
    }

    /// <summary>An obligation of this rule, with its citation, the facts it was worked out from and what it rests on that is not published.</summary>
    protected Obligation Owed(IEnumerable<FactBasis?> bases, Subject subject, string action, LocalDate latestOn, bool overdue, params Fact[] facts) =>
        new(Id, Definition.Title, Definition.Citation, subject, action, latestOn, overdue, ImmutableCollectionsMarshal.AsImmutableArray(facts))
        {
            Basis = [.. bases.OfType<FactBasis>().Where(b => b.Provenance != Provenance.Published).Distinct()],
        };

    /// <summary>
    /// A finding that rests on a fact of the arrangements: when <paramref name="basis"/> is inferred or a default, the finding
    /// lists it in its <see cref="Finding.Basis"/> (so the verdict does not count it, and the report lists it to confirm),
    /// its message says so and a <c>basis</c> fact gives the reasoning: no answer passes an inference off as published.
    /// </summary>
    protected Finding FoundOn(FactBasis? basis, ComplianceContext context, Severity severity, Subject subject, LocalDate from, LocalDate to, string message, params Fact[] facts) =>
        FoundOn([basis], context, severity, subject, from, to, message, facts);

    /// <summary>A finding that rests on several facts, each published or not (see the single-fact overload).</summary>
    protected Finding FoundOn(IEnumerable<FactBasis?> bases, ComplianceContext context, Severity severity, Subject subject, LocalDate from, LocalDate to, string message, params Fact[] facts)
    {
        List<FactBasis>? unconfirmed = null;
        foreach (var basis in bases)
        {
            if (basis is { Provenance: not Provenance.Published } && !(unconfirmed?.Contains(basis) ?? false))
            {
                (unconfirmed ??= []).Add(basis);
            }
        }

        if (unconfirmed is null)
        {
            return Found(context, severity, subject, from, to, message, facts);
        }

        var what = string.Join(" and ", unconfirmed.Select(b => $"{(b.Provenance == Provenance.Inferred ? "an inferred" : "an unconfirmed default")} {b.Fact}"));
        return Found(context, severity, subject, from, to, $"{message} This rests on {what}; see the basis.", [.. facts, .. unconfirmed.Select(b => new Fact("basis", b.ToString()))])
            with { Basis = [.. unconfirmed] };
    }

    /// <summary>What <paramref name="fact"/> of <paramref name="body"/> rests on when not published, named with the body (<c>Executive Partnership: quorum</c>); null when published.</summary>
    protected static FactBasis? BasisOf(Body body, string fact) => body.BasisOf(fact) is { } basis ? basis with { Fact = $"{body.Name}: {fact}" } : null;

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
        var from = LocalDate.Max(context.AssessedFrom, context.AppliesFrom(Definition));
        var to = applies.End is { } end ? LocalDate.Min(context.AssessedUntil, end) : context.AssessedUntil;
        return from > to || (needsDutyRecords && !context.Records.HasDutyRecords) ? null : (from, to);
    }

    /// <summary>A run of days in words: "2024-05-01" or "2024-05-01 to 2024-05-31".</summary>
    protected static string Days(LocalDate from, LocalDate to) => from == to ? $"{from:uuuu-MM-dd}" : $"{from:uuuu-MM-dd} to {to:uuuu-MM-dd}";
}
