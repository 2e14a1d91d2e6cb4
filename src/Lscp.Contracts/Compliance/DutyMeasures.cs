namespace Lscp.Contracts;

/// <summary>The duties beyond the clocks over the assessed days; absent when the records carry no duty records.</summary>
/// <param name="DocumentsPublished">Key documents published.</param>
/// <param name="DocumentsSignedByAll">Of those, the ones all three statutory partners signed on or before publication.</param>
/// <param name="ScrutinyReports">Independent scrutiny reports published.</param>
/// <param name="DaysWithoutScrutiny">Assessed days with no independent scrutiny in place.</param>
public sealed record DutyMeasures(int DocumentsPublished, int DocumentsSignedByAll, int ScrutinyReports, int DaysWithoutScrutiny);
