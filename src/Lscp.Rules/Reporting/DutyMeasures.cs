namespace Lscp.Rules.Reporting;

/// <summary>
/// The duties beyond the clocks, measured over the assessed days: key documents published and how many all three partners
/// signed, scrutiny reports, and days without independent scrutiny. Present only when the records carry duty records.
/// </summary>
/// <param name="DocumentsPublished">Key documents published.</param>
/// <param name="DocumentsSignedByAll">Of those, the ones all three statutory partners signed on or before publication.</param>
/// <param name="ScrutinyReports">Independent scrutiny reports published.</param>
/// <param name="DaysWithoutScrutiny">Assessed days with no independent scrutiny in place.</param>
/// <param name="YearlyReportsPublished">Yearly reports published.</param>
/// <param name="YearlyReportsReferringToScrutiny">Of those, the ones recorded as referring to the independent scrutiny of their year.</param>
/// <param name="YearlyReportsScrutinyNotRecorded">Of those, the ones whose record does not say whether they refer to it.</param>
/// <param name="RelevantAgencies">Relevant agencies on the register on the last assessed day.</param>
/// <param name="RelevantAgenciesCategoryNotRecorded">Of those, the ones whose place in the Schedule of SI 2018/789 is not recorded.</param>
public sealed record DutyMeasures(
    int DocumentsPublished,
    int DocumentsSignedByAll,
    int ScrutinyReports,
    int DaysWithoutScrutiny,
    int YearlyReportsPublished,
    int YearlyReportsReferringToScrutiny,
    int YearlyReportsScrutinyNotRecorded,
    int RelevantAgencies,
    int RelevantAgenciesCategoryNotRecorded);
