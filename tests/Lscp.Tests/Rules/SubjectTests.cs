using Lscp.Rules.Compliance;
using NodaTime;
using Lscp.Rules.Catalogue;

namespace Lscp.Tests.Rules;

public sealed class SubjectTests
{
    public static TheoryData<string, SubjectKind, string> Written => new()
    {
        { "meeting:executive-2024-05-14", SubjectKind.Meeting, "executive-2024-05-14" },
        { "document:budget:Budget 2024-25", SubjectKind.Document, "budget:Budget 2024-25" },
        { "death-review:CDR-1", SubjectKind.DeathReview, "CDR-1" },
        { "death-review-report:2024-08-15", SubjectKind.DeathReviewReport, "2024-08-15" },
        { "yearly-report:next", SubjectKind.YearlyReport, "next" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void A_subject_reads_back_from_its_text(string text, SubjectKind kind, string id)
    {
        Assert.True(Subject.TryParse(text, out var subject));
        Assert.Equal((kind, id, text), (subject.Kind, subject.Id, subject.ToString()));
    }

    [Theory]
    [InlineData("yearlyReport:2023-24")]
    [InlineData("meeting:")]
    [InlineData("meeting")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_that_is_not_a_subject_is_refused(string? text) => Assert.False(Subject.TryParse(text, out _));

    [Fact]
    public void Every_kind_has_a_word_and_the_factories_write_what_the_reader_reads()
    {
        Assert.Equal(Enum.GetValues<SubjectKind>().Length, Subject.KindWords.Distinct().Count());
        Subject[] made =
        [
            Subject.Partnership("lewisham"), Subject.Agency("police"), Subject.Body("executive"), Subject.Meeting("m"),
            Subject.Decision("d"), Subject.Delegation("x"), Subject.Document("budget", "B"), Subject.Incident("I-1"),
            Subject.DeathReview("C-1"), Subject.DeathReviewReport(new LocalDate(2024, 8, 15)), Subject.DeathReviewReport(null),
            Subject.YearlyReport("2024-25"), Subject.YearlyReport(null), Subject.Recommendation("r-1"), Subject.Action("a-1"), Subject.Audit("ma-1"),
        ];
        Assert.Equal(Enum.GetValues<SubjectKind>(), made.Select(s => s.Kind).Distinct());
        Assert.All(made, s => Assert.True(Subject.TryParse(s.ToString(), out var read) && read == s, s.ToString()));
    }

    [Fact]
    public void Subjects_sort_as_their_text_does()
    {
        Subject[] subjects = [Subject.DeathReview("a"), Subject.DeathReviewReport(null), Subject.Body("z"), Subject.Agency("b")];
        Assert.Equal(subjects.Select(s => s.ToString()).Order(StringComparer.Ordinal), subjects.Order().Select(s => s.ToString()));
    }
}
