namespace Lscp.Contracts;

/// <summary>
/// A fact an answer rests on that is not published, for the partnership to confirm: a fact of its arrangements that is
/// inferred or a default, or a rule's parameter at this library's default.
/// </summary>
/// <param name="Fact">The fact, such as <c>cadence</c> (of the body the finding is about) or <c>TS-LCSPR-02 workingDays = 7</c>.</param>
/// <param name="Provenance">inferred, or default.</param>
/// <param name="Note">The reasoning, or what to confirm.</param>
public sealed record FactToConfirm(string Fact, Provenance Provenance, string Note);
