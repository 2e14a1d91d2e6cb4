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
    public YearlyReport(LocalDate coversFrom, LocalDate coversTo, LocalDate? publishedOn = null, LocalDate? sentToPanelOn = null, LocalDate? sentToWhatWorksOn = null, bool? refersToScrutiny = null)
    {
        Guard.Against.BrokenInvariants(Check(coversFrom, coversTo, publishedOn, sentToPanelOn, sentToWhatWorksOn));
        CoversFrom = coversFrom;
        CoversTo = coversTo;
        PublishedOn = publishedOn;
        SentToPanelOn = sentToPanelOn;
        SentToWhatWorksOn = sentToWhatWorksOn;
        RefersToScrutiny = refersToScrutiny;
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

    /// <summary>A short label for the report, such as <c>2024-25</c> for a financial year, or its dates.</summary>
    public string Label => CoversFrom.Month == 4 && CoversFrom.Day == 1 && CoversTo == CoversFrom.PlusYears(1).PlusDays(-1)
        ? $"{CoversFrom.Year}-{(CoversFrom.Year + 1) % 100:00}"
        : $"{CoversFrom:uuuu-MM-dd} to {CoversTo:uuuu-MM-dd}";
}
