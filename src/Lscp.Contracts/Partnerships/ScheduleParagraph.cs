namespace Lscp.Contracts;

/// <summary>A Schedule paragraph a relevant agency is listed under.</summary>
/// <param name="Paragraph">The paragraph number.</param>
/// <param name="Heading">The Schedule heading, such as <c>Education and childcare</c>; absent when the service does not hold that paragraph's text.</param>
/// <param name="Category">The category in short; absent when the service does not hold that paragraph's text.</param>
public sealed record ScheduleParagraph(int Paragraph, string? Heading, string? Category);
