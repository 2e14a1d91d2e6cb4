namespace Lscp.Contracts;

/// <summary>Where a rule comes from, and how sure we are of it, with the public words it applies.</summary>
/// <param name="Source">The statute, guidance chapter or publication; where no public text was found, it says so.</param>
/// <param name="Confidence">How sure we are, as the words found support it.</param>
/// <param name="Quotes">The public words the rule applies, each with the text it is in and the page it was read on; absent when none was found.</param>
public sealed record Citation(string Source, Confidence Confidence, IReadOnlyList<Quote>? Quotes = null);

/// <summary>A public text's own words, and where a reader opens them.</summary>
/// <param name="Words">The words as they stand (an ellipsis marks what is left out).</param>
/// <param name="Where">The text they are in: its title and edition, chapter, paragraph or section where known, or the page that quotes them.</param>
/// <param name="Url">The address of the page.</param>
public sealed record Quote(string Words, string Where, string Url);
