using NodaTime;

namespace Lscp.Model.Records;

/// <summary>The partnership's yearly report: the period it covers, its publication, and when it went to the Panel and the What Works Centre (now Foundations).</summary>
public sealed record YearlyReport
{
    /// <summary>Records a yearly report.</summary>
    /// <param name="coversFrom">The first day the report covers (for a financial year, 1 April).</param>
    /// <param name="coversTo">The last day it covers (inclusive).</param>
    /// <param name="publishedOn">The day it was published, or null.</param>
    /// <param name="sentToPanelOn">The day it went to the Child Safeguarding Practice Review Panel, or null.</param>
    /// <param name="sentToWhatWorksOn">The day it went to the What Works Centre (Foundations), or null.</param>
    /// <param name="refersToScrutiny">Whether the report refers to the independent scrutiny of the year it covers, or null when that is not recorded.</param>
    /// <param name="edition">The edition of Working Together the report follows, or null when not recorded (then the edition the partnership's arrangements followed when it was published, to confirm).</param>
    /// <param name="contents">The items of <see cref="ContentsOf"/> (either edition's) the report covers, or null when not recorded (then not judged).</param>
    public YearlyReport(LocalDate coversFrom, LocalDate coversTo, LocalDate? publishedOn = null, LocalDate? sentToPanelOn = null, LocalDate? sentToWhatWorksOn = null, bool? refersToScrutiny = null, GuidanceEdition? edition = null, IEnumerable<string>? contents = null)
    {
        Guard.Against.BrokenInvariants(Check(coversFrom, coversTo, publishedOn, sentToPanelOn, sentToWhatWorksOn));
        Edition = edition is { } e ? Guard.Against.EnumOutOfRange(e) : null;
        Contents = contents is null ? null : [.. contents];
        Guard.Against.BrokenInvariants(CheckContents(Contents));
        CoversFrom = coversFrom;
        CoversTo = coversTo;
        PublishedOn = publishedOn;
        SentToPanelOn = sentToPanelOn;
        SentToWhatWorksOn = sentToWhatWorksOn;
        RefersToScrutiny = refersToScrutiny;
    }

    /// <summary>
    /// What a yearly report following Working Together 2018 covers (chapter 3): what the partners did as a result of the
    /// arrangements (<c>activity</c>), including on child safeguarding practice reviews (<c>reviews</c>), and how effective
    /// the arrangements were (<c>effectiveness</c>), which it must; and evidence of impact (<c>impact</c>), the areas of
    /// little or no progress on agreed priorities (<c>progress</c>), the decisions and actions taken on the recommendations
    /// of local and national reviews (<c>reviewActions</c>), and how feedback from children and families was used
    /// (<c>feedback</c>), which it should.
    /// </summary>
    public static IReadOnlyList<string> Contents2018 { get; } = ["activity", "reviews", "effectiveness", "impact", "progress", "reviewActions", "feedback"];

    /// <summary>
    /// What a yearly report following Working Together 2023 covers (chapter 2): the same three items it must, and, as the
    /// reports' focus, the multi-agency priorities (<c>priorities</c>), learning (<c>learning</c>), impact and evidence
    /// (<c>impact</c>), and the actions on review recommendations and their impact on practice (<c>reviewActions</c>).
    /// </summary>
    public static IReadOnlyList<string> Contents2023 { get; } = ["activity", "reviews", "effectiveness", "priorities", "learning", "impact", "reviewActions"];

    /// <summary>The items both editions say a yearly report must cover: a missing one is a breach, any other a warning.</summary>
    public static IReadOnlyList<string> RequiredContents { get; } = ["activity", "reviews", "effectiveness"];

    /// <summary>The list a report following <paramref name="edition"/> is held to.</summary>
    public static IReadOnlyList<string> ContentsOf(GuidanceEdition edition) => edition == GuidanceEdition.WorkingTogether2023 ? Contents2023 : Contents2018;

    /// <summary>Every item either edition's list names: the words a report's contents may use.</summary>
    public static IReadOnlyList<string> AllContents { get; } = [.. Contents2018.Union(Contents2023)];

    /// <summary>The invariants the contents break: an item neither edition's list names, or one named twice.</summary>
    internal static IEnumerable<Invariant> CheckContents(IReadOnlyList<string>? contents)
    {
        for (var i = 0; i < (contents?.Count ?? 0); i++)
        {
            if (!AllContents.Contains(contents![i]))
            {
                yield return new($"contents[{i}]", $"'{Echo.Of(contents[i])}' is not an item of the yearly report's checklist; use {string.Join(", ", AllContents)}.");
            }
            else if (contents.Take(i).Contains(contents[i]))
            {
                yield return new($"contents[{i}]", $"'{contents[i]}' is listed twice.");
            }
        }
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(LocalDate coversFrom, LocalDate coversTo, LocalDate? publishedOn, LocalDate? sentToPanelOn, LocalDate? sentToWhatWorksOn)
    {
        if (coversTo < coversFrom)
        {
            yield return new(nameof(coversTo), EffectivePeriod.EndBeforeStart(coversFrom, coversTo));
        }

        if (publishedOn <= coversTo)
        {
            yield return new(nameof(publishedOn), $"The report is published on {publishedOn:uuuu-MM-dd}, before the period it covers ends ({coversTo:uuuu-MM-dd}); a yearly report looks back on a whole year.");
        }

        if (sentToPanelOn is not null && publishedOn is null)
        {
            yield return new(nameof(sentToPanelOn), "The report is sent to the Panel but not published.");
        }
        else if (sentToPanelOn < publishedOn)
        {
            yield return new(nameof(sentToPanelOn), $"The report is sent to the Panel on {sentToPanelOn:uuuu-MM-dd}, before it is published ({publishedOn:uuuu-MM-dd}); the published report is what is sent.");
        }

        if (sentToWhatWorksOn is not null && publishedOn is null)
        {
            yield return new(nameof(sentToWhatWorksOn), "The report is sent to the What Works Centre but not published.");
        }
        else if (sentToWhatWorksOn < publishedOn)
        {
            yield return new(nameof(sentToWhatWorksOn), $"The report is sent to the What Works Centre on {sentToWhatWorksOn:uuuu-MM-dd}, before it is published ({publishedOn:uuuu-MM-dd}); the published report is what is sent.");
        }
    }

    /// <summary>The first day covered.</summary>
    public LocalDate CoversFrom { get; }

    /// <summary>The last day covered (inclusive).</summary>
    public LocalDate CoversTo { get; }

    /// <summary>The day of publication, or null.</summary>
    public LocalDate? PublishedOn { get; }

    /// <summary>The day it went to the Panel, or null.</summary>
    public LocalDate? SentToPanelOn { get; }

    /// <summary>The day it went to the What Works Centre, or null.</summary>
    public LocalDate? SentToWhatWorksOn { get; }

    /// <summary>
    /// Whether the report refers to the independent scrutiny of the year it covers (the scrutineer evaluates the yearly
    /// report, Working Together 2023 chapter 2); null when that is not recorded, which no rule judges.
    /// </summary>
    public bool? RefersToScrutiny { get; }

    /// <summary>The edition of Working Together the report follows, or null when not recorded.</summary>
    public GuidanceEdition? Edition { get; }

    /// <summary>The checklist items the report covers, or null when not recorded (compared item by item).</summary>
    public IReadOnlyList<string>? Contents
    {
        get => _contents?.Items;
        private init => _contents = value is null ? null : new ValueArray<string>([.. value]);
    }

    private readonly ValueArray<string>? _contents;

    /// <summary>A short label for the report, such as <c>2024-25</c> for a financial year, or its dates.</summary>
    public string Label => CoversFrom.Month == 4 && CoversFrom.Day == 1 && CoversTo == CoversFrom.PlusYears(1).PlusDays(-1)
        ? $"{CoversFrom.Year}-{(CoversFrom.Year + 1) % 100:00}"
        : $"{CoversFrom:uuuu-MM-dd} to {CoversTo:uuuu-MM-dd}";
}
