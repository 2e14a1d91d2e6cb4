using NodaTime;

namespace Lscp.Model.Records;

/// <summary>A report of the independent scrutiny of the arrangements.</summary>
/// <param name="Title">Its title, such as "Independent scrutiny report 2024-25".</param>
/// <param name="PublishedOn">The day it was published or presented to the partners.</param>
public sealed record ScrutinyReport(string Title, LocalDate PublishedOn);
