using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-SIGN-01: each key document published in the assessed days is signed off by every statutory partner in force on
/// its publication day, on or before that day. A Working Together 2023 duty: it applies from the partnership's
/// arrangements following that edition, and from 1 January 2025 at the latest. A Delegated Safeguarding Partner's signature counts only when the
/// <c>delegateMaySign</c> parameter says yes (default no).
/// </summary>
internal sealed class KeyDocumentSigned : ComplianceRule
{
    /// <summary>Whether a Delegated Safeguarding Partner's signature counts for its lead.</summary>
    internal enum DelegateSignature
    {
        /// <summary>Only the lead's own signature counts.</summary>
        No,

        /// <summary>The delegate's signature counts for its lead.</summary>
        Yes,
    }

    /// <summary>Whether a delegate's signature counts for its lead.</summary>
    internal static ChoiceParameter<DelegateSignature> DelegateMaySign { get; } =
        new("delegateMaySign", "Whether a Delegated Safeguarding Partner's signature counts for its lead (the guidance is open; default no).", DelegateSignature.No,
            assumed: "The guidance names the Lead Safeguarding Partners as the ones who sign off; whether a delegate's signature counts is not said, and 'no' is this library's default.");

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.KeyDocumentSigned,
        "Each key document is signed off by all three Lead Safeguarding Partners on or before its publication",
        RuleArea.Governance,
        Sources.SignOff,
        new(Sources.Wt2023InForce),
        [DelegateMaySign.Parameter])
    {
        Edition = GuidanceEdition.WorkingTogether2023,
    };

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            foreach (var document in context.Records.Documents)
            {
                if (document.PublishedOn is not { } published || published < from || published > to)
                {
                    continue;
                }

                var delegatesCount = context.DelegatesCount(published);
                var missing = arrangements.StatutoryPartners
                    .Where(p => !document.IsSignedBy(p.Id, delegatesCount))
                    .Select(p => p.Name)
                    .ToList();
                if (missing.Count > 0)
                {
                    var signedByDelegate = document.SignOffs.Any(s => s.ByDelegate) && !delegatesCount;
                    var byDelegate = signedByDelegate ? " (a delegate's signature does not count unless the rulebook allows it)" : string.Empty;
                    yield return FoundOn(signedByDelegate ? context.Rulebook.Unconfirmed(Id, DelegateMaySign.Name, published) : null, context, Severity.Breach, Subject.Document(Kind(document.Kind), document.Title), published, published,
                        $"{document.Title} was published on {published:uuuu-MM-dd} without the sign-off of {string.Join(", ", missing)}{byDelegate}.",
                        new("document", document.Title), new("kind", Kind(document.Kind)), new("missingSignOffs", string.Join("; ", missing)));
                }
            }
        }
    }

    /// <summary>Whether a delegate's signature counts for its lead on a key document published on <paramref name="on"/>.</summary>
    internal static bool DelegatesCount(Rulebook rulebook, NodaTime.LocalDate on) =>
        rulebook.Choice(RuleIds.KeyDocumentSigned, DelegateMaySign, on) == DelegateSignature.Yes;

    private static string Kind(KeyDocumentKind kind) => kind switch
    {
        KeyDocumentKind.Arrangements => "arrangements",
        KeyDocumentKind.YearlyReport => "yearlyReport",
        KeyDocumentKind.Budget => "budget",
        KeyDocumentKind.Thresholds => "thresholds",
    };
}
