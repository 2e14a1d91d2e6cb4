namespace Lscp.Rules.Catalogue;

/// <summary>
/// A public text's own words, beside the rule that applies them, and where a reader can open them: the law, the guidance,
/// the Panel's guidance, or a partnership's published page that quotes them.
/// </summary>
/// <param name="Words">The words as they stand in the text (an ellipsis marks what is left out).</param>
/// <param name="Where">The text they are in: its title and edition, with the chapter, paragraph or section where they are known.</param>
/// <param name="Url">The address of the page they were read on.</param>
public sealed record Quote(string Words, string Where, string Url)
{
    /// <summary>The quote as a line of the rules page: the words in quotation marks, then where.</summary>
    public override string ToString() => $"\"{Words}\" ({Where}, {Url})";
}
