using NodaTime;

namespace Lscp.Contracts;

/// <summary>An agency the arrangements still name although it has ceased to exist: off the register, and a warning in the compliance report.</summary>
/// <param name="Id">The agency's id in the arrangements.</param>
/// <param name="Name">Its name as published.</param>
/// <param name="CeasedOn">The first day it no longer existed.</param>
/// <param name="Source">Where that is recorded.</param>
public sealed record CeasedAgency(string Id, string Name, LocalDate CeasedOn, string Source);
