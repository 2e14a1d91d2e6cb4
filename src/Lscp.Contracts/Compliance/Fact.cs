namespace Lscp.Contracts;

/// <summary>One fact a finding used, such as ("meeting", "executive-2024-05-14").</summary>
/// <param name="Name">What the fact is.</param>
/// <param name="Value">Its value, in words or ISO form.</param>
public sealed record Fact(string Name, string Value);
