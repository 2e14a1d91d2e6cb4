namespace Lscp.Rules.Compliance;

/// <summary>One fact a finding used, such as ("meeting", "executive-2024-05-14") or ("gap", "2024-05-01 to 2024-05-31").</summary>
/// <param name="Name">What the fact is.</param>
/// <param name="Value">Its value, in words or ISO form.</param>
public sealed record Fact(string Name, string Value);
