using System.Collections.Immutable;

namespace Lscp.Rules.Catalogue;

/// <summary>
/// Where a rule comes from, and how sure we are of it: the source in a line, the confidence the words found support, and
/// the words themselves (<see cref="Quotes"/>) where a public text was found. A rule for which none was found says so in
/// its <see cref="Source"/> and has no quotes.
/// </summary>
/// <param name="Source">The statute, guidance chapter or publication, such as "Working Together to Safeguard Children 2023, chapter 5".</param>
/// <param name="Confidence">How sure we are, as the words found support it.</param>
public sealed record Citation(string Source, Confidence Confidence)
{
    /// <summary>The public words the rule applies, each with where it is (compared item by item).</summary>
    public ImmutableArray<Quote> Quotes { get => _quotes.Items; init => _quotes = value; }

    private readonly ValueArray<Quote> _quotes = ImmutableArray<Quote>.Empty;

    /// <inheritdoc/>
    public override string ToString() => $"{Source} [{Confidence switch { Confidence.Confirmed => "C", Confidence.Likely => "L", Confidence.LocalPractice => "P" }}]";
}
