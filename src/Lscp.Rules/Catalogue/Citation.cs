namespace Lscp.Rules.Catalogue;

/// <summary>Where a rule comes from, and how sure we are of it.</summary>
/// <param name="Source">The statute, guidance chapter or publication, such as "Working Together to Safeguard Children 2023, chapter 5".</param>
/// <param name="Confidence">How sure we are.</param>
public sealed record Citation(string Source, Confidence Confidence)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Source} [{Confidence switch { Confidence.Confirmed => "C", Confidence.Likely => "L", _ => "P" }}]";
}
