namespace Lscp.Rules.Governance;

/// <summary>One paragraph of the Schedule of relevant agencies in SI 2018/789: a category of agency the partners may name.</summary>
/// <param name="Paragraph">The paragraph number.</param>
/// <param name="Heading">The Schedule heading it sits under, such as <c>Education and childcare</c>.</param>
/// <param name="Description">The category, in short.</param>
public sealed record ScheduleCategory(int Paragraph, string Heading, string Description);
