using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Lscp.Rules.Catalogue;

/// <summary>
/// What a finding or a clock is about: a kind and an id, written <c>kind:id</c> (<c>meeting:executive-2024-05-14</c>).
/// Two subjects are equal when their kind and id are; they sort by their text, ordinally.
/// </summary>
public readonly struct Subject : IEquatable<Subject>, IComparable<Subject>
{
    private static readonly (SubjectKind Kind, string Word)[] Words =
    [
        (SubjectKind.Partnership, "partnership"),
        (SubjectKind.Agency, "agency"),
        (SubjectKind.Body, "body"),
        (SubjectKind.Meeting, "meeting"),
        (SubjectKind.Decision, "decision"),
        (SubjectKind.Delegation, "delegation"),
        (SubjectKind.Document, "document"),
        (SubjectKind.Incident, "incident"),
        (SubjectKind.DeathReview, "death-review"),
        (SubjectKind.DeathReviewReport, "death-review-report"),
        (SubjectKind.YearlyReport, "yearly-report"),
        (SubjectKind.Recommendation, "recommendation"),
        (SubjectKind.Action, "action"),
        (SubjectKind.Audit, "audit"),
    ];

    // The words longest first, so "death-review-report:x" is not read as a death review of "report:x".
    private static readonly (SubjectKind Kind, string Word)[] LongestFirst = [.. Words.OrderByDescending(w => w.Word.Length)];

    private readonly string? _text;
    private readonly string? _id;

    private Subject(SubjectKind kind, string id)
    {
        Kind = kind;
        _id = id;
        _text = $"{Word(kind)}:{id}";
    }

    /// <summary>What kind of thing it is.</summary>
    public SubjectKind Kind { get; }

    /// <summary>Its id within its kind (a document's is <c>kind:title</c>).</summary>
    public string Id => _id ?? string.Empty;

    /// <summary>The partnership as a whole.</summary>
    public static Subject Partnership(string id) => new(SubjectKind.Partnership, id);

    /// <summary>An agency.</summary>
    public static Subject Agency(string id) => new(SubjectKind.Agency, id);

    /// <summary>A body.</summary>
    public static Subject Body(string id) => new(SubjectKind.Body, id);

    /// <summary>A meeting.</summary>
    public static Subject Meeting(string id) => new(SubjectKind.Meeting, id);

    /// <summary>A decision taken under delegation.</summary>
    public static Subject Decision(string id) => new(SubjectKind.Decision, id);

    /// <summary>A delegation.</summary>
    public static Subject Delegation(string id) => new(SubjectKind.Delegation, id);

    /// <summary>A key document, by its kind's word (<c>budget</c>) and title.</summary>
    public static Subject Document(string kind, string title) => new(SubjectKind.Document, $"{kind}:{title}");

    /// <summary>A serious incident, by case reference.</summary>
    public static Subject Incident(string caseReference) => new(SubjectKind.Incident, caseReference);

    /// <summary>A child death, by case reference.</summary>
    public static Subject DeathReview(string caseReference) => new(SubjectKind.DeathReview, caseReference);

    /// <summary>The panel report published on <paramref name="published"/>, or the next one when null.</summary>
    public static Subject DeathReviewReport(LocalDate? published) =>
        new(SubjectKind.DeathReviewReport, published is { } p ? $"{p:uuuu-MM-dd}" : "next");

    /// <summary>A recommendation of a review or an audit, by id.</summary>
    public static Subject Recommendation(string id) => new(SubjectKind.Recommendation, id);

    /// <summary>An action of a recommendation, by id.</summary>
    public static Subject Action(string id) => new(SubjectKind.Action, id);

    /// <summary>A multi-agency audit, by id.</summary>
    public static Subject Audit(string id) => new(SubjectKind.Audit, id);

    /// <summary>The yearly report labelled <paramref name="label"/>, or the next one when null.</summary>
    public static Subject YearlyReport(string? label) => new(SubjectKind.YearlyReport, label ?? "next");

    /// <summary>Reads <c>kind:id</c>; false when the kind is not one of <see cref="SubjectKind"/>'s words or the id is empty.</summary>
    public static bool TryParse(string? text, out Subject subject)
    {
        foreach (var (kind, word) in LongestFirst)
        {
            if (text is not null && text.Length > word.Length + 1 && text.StartsWith(word, StringComparison.Ordinal) && text[word.Length] == ':')
            {
                subject = new(kind, text[(word.Length + 1)..]);
                return true;
            }
        }

        subject = default;
        return false;
    }

    /// <summary>The words of the kinds, as <see cref="TryParse"/> reads them.</summary>
    public static IEnumerable<string> KindWords => Words.Select(w => w.Word);

    /// <summary>The subject as text: <c>kind:id</c>.</summary>
    public override string ToString() => _text ?? string.Empty;

    /// <inheritdoc/>
    public bool Equals(Subject other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Subject other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _text is null ? 0 : _text.GetHashCode(StringComparison.Ordinal);

    /// <summary>Orders by the text, ordinally.</summary>
    public int CompareTo(Subject other) => string.CompareOrdinal(_text, other._text);

    /// <summary>Equal kind and id.</summary>
    public static bool operator ==(Subject left, Subject right) => left.Equals(right);

    /// <summary>Another kind or id.</summary>
    public static bool operator !=(Subject left, Subject right) => !left.Equals(right);

    /// <summary>Sorts before.</summary>
    public static bool operator <(Subject left, Subject right) => left.CompareTo(right) < 0;

    /// <summary>Sorts before or is equal.</summary>
    public static bool operator <=(Subject left, Subject right) => left.CompareTo(right) <= 0;

    /// <summary>Sorts after.</summary>
    public static bool operator >(Subject left, Subject right) => left.CompareTo(right) > 0;

    /// <summary>Sorts after or is equal.</summary>
    public static bool operator >=(Subject left, Subject right) => left.CompareTo(right) >= 0;

    private static string Word(SubjectKind kind)
    {
        foreach (var (k, word) in Words)
        {
            if (k == kind)
            {
                return word;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of subject.");
    }
}
