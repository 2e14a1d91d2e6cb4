using System.Collections.Immutable;

namespace Lscp.Rules.Governance;

/// <summary>
/// The categories of the Schedule of relevant agencies (SI 2018/789, regulation 18), as data: only the paragraphs whose
/// text this library has checked against the published regulations. The Schedule has about 38 paragraphs; an agency
/// listed under a paragraph not held here keeps its number, and answers show its category as not recorded rather than
/// guess it. Add a paragraph here, with its heading, once its text is checked.
/// </summary>
public static class RelevantAgencySchedule
{
    /// <summary>The source of the categories.</summary>
    public const string Source = "The Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (SI 2018/789), regulation 18 and the Schedule (in force 29 June 2018; legislation.gov.uk)";

    private const string Education = "Education and childcare";

    /// <summary>The paragraphs held, in Schedule order.</summary>
    public static ImmutableArray<ScheduleCategory> Categories { get; } =
    [
        new(1, Education, "The proprietor of an Academy school"),
        new(2, Education, "The proprietor of a 16 to 19 Academy"),
        new(3, Education, "The proprietor of an alternative provision Academy"),
        new(4, Education, "The governing body of a maintained school"),
        new(5, Education, "The governing body of a maintained nursery school"),
    ];

    /// <summary>The category of <paramref name="paragraph"/>, or null when this library does not hold that paragraph.</summary>
    public static ScheduleCategory? Find(int paragraph) =>
        paragraph >= 1 && paragraph <= Categories.Length && Categories[paragraph - 1].Paragraph == paragraph ? Categories[paragraph - 1] : null;
}
