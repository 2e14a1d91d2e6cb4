namespace Lscp.Contracts;

/// <summary>Where a rule comes from, and how sure we are of it.</summary>
/// <param name="Source">The statute, guidance chapter or publication.</param>
/// <param name="Confidence">How sure we are.</param>
public sealed record Citation(string Source, Confidence Confidence);
