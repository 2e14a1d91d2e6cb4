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
    /// <param name="contents">For the arrangements, the items of <see cref="ArrangementsContents"/> (either edition's) they cover; null when not recorded (then not judged).</param>
    public KeyDocument(KeyDocumentKind kind, string title, LocalDate? publishedOn, IEnumerable<SignOff> signOffs, GuidanceEdition? edition = null, IEnumerable<string>? contents = null)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.Null(signOffs);
        Kind = kind;
        Title = Guard.Against.BlankText(title);
        PublishedOn = publishedOn;
        SignOffs = [.. signOffs];
        Edition = edition;
        Contents = contents is null ? null : [.. contents];
        Guard.Against.BrokenInvariants(Check(Contents));
    }

    /// <summary>
    /// What published arrangements following Working Together 2018 must cover (chapter 3): the partners, the area, how they
    /// work together, how local reviews are commissioned and published, the arrangements for independent scrutiny, the
    /// relevant agencies and why, how education settings, youth custody and residential homes are included, how data is
    /// used to judge effectiveness, and how multi-agency training is run.
    /// </summary>
    public static IReadOnlyList<string> ArrangementsContents2018 { get; } =
        ["partners", "area", "workingTogether", "reviews", "scrutiny", "relevantAgencies", "settings", "data", "training"];

    /// <summary>
    /// What published arrangements following Working Together 2023 must cover (chapter 2): the 2018 list (with the plans for
    /// independent scrutiny as its scrutiny item), and the Delegated Safeguarding Partners named, the partnership chair, and
    /// education's part in the arrangements.
    /// </summary>
    public static IReadOnlyList<string> ArrangementsContents2023 { get; } =
        ["partners", "delegatedPartners", "chair", "area", "workingTogether", "reviews", "scrutiny", "relevantAgencies", "education", "settings", "data", "training"];

    /// <summary>Every item either edition's list names: the words a document's contents may use.</summary>
    public static IReadOnlyList<string> ArrangementsContents => ArrangementsContents2023;

    /// <summary>The list arrangements following <paramref name="edition"/> must cover; the 2018 list when the edition is not recorded.</summary>
    public static IReadOnlyList<string> ArrangementsContentsOf(GuidanceEdition? edition) =>
        edition == GuidanceEdition.WorkingTogether2023 ? ArrangementsContents2023 : ArrangementsContents2018;

    /// <summary>The invariants the contents break: an item not in <see cref="ArrangementsContents"/>.</summary>
    internal static IEnumerable<Invariant> Check(IReadOnlyList<string>? contents)
    {
        for (var i = 0; i < (contents?.Count ?? 0); i++)
        {
            if (!ArrangementsContents.Contains(contents![i]))
            {
                yield return new($"contents[{i}]", $"'{Echo.Of(contents[i])}' is not an item of the checklist; use {string.Join(", ", ArrangementsContents)}.");
            }
        }
    }

    /// <summary>For the arrangements, the checklist items they cover; null when not recorded.</summary>
    public IReadOnlyList<string>? Contents
    {
        get => _contents?.Items;
        private init => _contents = value is null ? null : new ValueArray<string>([.. value]);
    }

    private readonly ValueArray<string>? _contents;

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

    /// <summary>
    /// True when <paramref name="partner"/> signed on or before publication (or, unpublished, at all); a delegate's signature
    /// counts only when <paramref name="delegatesCount"/>. The one test of a sign-off, for the rule and the report alike.
    /// </summary>
    public bool IsSignedBy(string partner, bool delegatesCount)
    {
        foreach (var signOff in SignOffs)
        {
            if (signOff.PartnerAgencyId == partner && (PublishedOn is not { } published || signOff.SignedOn <= published) && (delegatesCount || !signOff.ByDelegate))
            {
                return true;
            }
        }

        return false;
    }
}
