using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Model.Records;

/// <summary>A key document of the partnership (arrangements, yearly report, budget, thresholds): when it was published and who signed it off.</summary>
public sealed record KeyDocument
{
    /// <summary>Creates a key document record.</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="title">Its title, such as "Yearly report 2024-25".</param>
    /// <param name="publishedOn">The day it was published, or null while it is not.</param>
    /// <param name="signOffs">The statutory partners' sign-offs.</param>
    /// <param name="edition">For the arrangements, the edition of Working Together they follow; null when not recorded.</param>
    public KeyDocument(KeyDocumentKind kind, string title, LocalDate? publishedOn, IEnumerable<SignOff> signOffs, GuidanceEdition? edition = null)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.Null(signOffs);
        Kind = kind;
        Title = Guard.Against.BlankText(title);
        PublishedOn = publishedOn;
        SignOffs = [.. signOffs];
        Edition = edition;
    }

    /// <summary>What it is.</summary>
    public KeyDocumentKind Kind { get; }

    /// <summary>Its title.</summary>
    public string Title { get; }

    /// <summary>The day it was published, or null.</summary>
    public LocalDate? PublishedOn { get; }

    /// <summary>The statutory partners' sign-offs (compared item by item).</summary>
    public ImmutableArray<SignOff> SignOffs { get => _signOffs.Items; private init => _signOffs = value; }

    private readonly ValueArray<SignOff> _signOffs;

    /// <summary>For the arrangements, the edition of Working Together they follow; null when not recorded.</summary>
    public GuidanceEdition? Edition { get; }
}
