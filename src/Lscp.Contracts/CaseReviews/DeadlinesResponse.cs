namespace Lscp.Contracts;

/// <summary>The statutory clocks of posted records, and the rules they run under, each cited once.</summary>
/// <param name="Deadlines">The clocks, in the order of the records.</param>
/// <param name="Rules">Every rule a clock names, by rule id.</param>
public sealed record DeadlinesResponse(IReadOnlyList<Deadline> Deadlines, IReadOnlyDictionary<string, RuleReference> Rules);
