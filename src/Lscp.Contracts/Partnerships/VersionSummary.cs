using NodaTime;

namespace Lscp.Contracts;

/// <summary>A version of a partnership's arrangements, in brief.</summary>
/// <param name="EffectiveFrom">The first day in force.</param>
/// <param name="EffectiveTo">The last day in force (inclusive); absent for the current version.</param>
/// <param name="Title">The version's title.</param>
public sealed record VersionSummary(LocalDate EffectiveFrom, LocalDate? EffectiveTo, string Title);
