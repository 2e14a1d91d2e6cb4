using System.Collections.Immutable;

namespace Lscp.Model;

/// <summary>
/// Where a relevant agency stands in the Schedule of the Child Safeguarding Practice Review and Relevant Agency
/// (England) Regulations 2018 (SI 2018/789): the Schedule paragraphs whose categories it falls in, or none when the
/// partners named it outside the Schedule (which they may); with what that rests on. An agency with no listing at all
/// has its category not recorded, and answers say so.
/// </summary>
public sealed record ScheduleListing
{
    /// <summary>Creates a listing.</summary>
    /// <param name="paragraphs">The Schedule paragraphs (1 upwards, each once); empty for an agency named outside the Schedule.</param>
    /// <param name="provenance">Published (the partnership says so), inferred (with the reasoning in the note) or a default to confirm.</param>
    /// <param name="note">The source or the reasoning.</param>
    public ScheduleListing(IEnumerable<int> paragraphs, Provenance provenance, string note)
    {
        Guard.Against.Null(paragraphs);
        Guard.Against.EnumOutOfRange(provenance);
        Paragraphs = [.. paragraphs];
        Guard.Against.BrokenInvariants(Check(Paragraphs));
        Provenance = provenance;
        Note = Guard.Against.BlankText(note);
    }

    /// <summary>The invariants the paragraphs break: a paragraph below 1, or one given twice.</summary>
    internal static IEnumerable<Invariant> Check(IReadOnlyList<int> paragraphs)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i] < 1)
            {
                yield return new($"paragraphs[{i}]", $"{paragraphs[i]} is not a paragraph of the Schedule; its paragraphs are numbered from 1.");
            }
            else if (!seen.Add(paragraphs[i]))
            {
                yield return new($"paragraphs[{i}]", $"Paragraph {paragraphs[i]} is given twice.");
            }
        }
    }

    /// <summary>The Schedule paragraphs, in the order given (compared item by item); empty when named outside the Schedule.</summary>
    public ImmutableArray<int> Paragraphs { get => _paragraphs.Items; private init => _paragraphs = value; }

    private readonly ValueArray<int> _paragraphs;

    /// <summary>True for an agency the partners named outside the Schedule.</summary>
    public bool IsOutsideSchedule => Paragraphs.IsEmpty;

    /// <summary>Published, inferred or a default.</summary>
    public Provenance Provenance { get; }

    /// <summary>The source or the reasoning.</summary>
    public string Note { get; }
}
