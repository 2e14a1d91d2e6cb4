using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Lscp.Contracts;

/// <summary>The period a compliance report covers, both ends inclusive. Both ends are required.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (inclusive), on or after <paramref name="Start"/>.</param>
public sealed record PeriodRequest([property: Required] LocalDate? Start, [property: Required] LocalDate? End);
