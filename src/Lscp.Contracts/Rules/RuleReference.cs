namespace Lscp.Contracts;

/// <summary>A rule as an answer cites it: its title, its source and (for a clock) how it counts, given once per answer however many findings or clocks name it.</summary>
/// <param name="Title">The rule in a line.</param>
/// <param name="Citation">Where it comes from, and how sure we are.</param>
/// <param name="Counting">For a statutory clock, its counting convention stated in full (is the anchor day counted? the month-end rule?); absent for other rules.</param>
public sealed record RuleReference(string Title, Citation Citation, string? Counting = null);
