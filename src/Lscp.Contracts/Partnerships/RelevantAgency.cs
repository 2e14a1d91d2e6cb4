namespace Lscp.Contracts;

/// <summary>One agency on the relevant agencies register.</summary>
/// <param name="Id">The agency's id in the arrangements.</param>
/// <param name="Name">Its name as published.</param>
/// <param name="Kind">Its sector.</param>
/// <param name="Standing">In the Schedule, outside it, or not recorded.</param>
/// <param name="Paragraphs">The Schedule paragraphs it is listed under; empty unless <c>inSchedule</c>.</param>
/// <param name="Basis">What the listing rests on (the source or the reasoning); absent when not recorded.</param>
public sealed record RelevantAgency(string Id, string Name, AgencyKind Kind, ScheduleStanding Standing, IReadOnlyList<ScheduleParagraph> Paragraphs, Basis? Basis);
