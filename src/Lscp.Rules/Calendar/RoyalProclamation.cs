using NodaTime;

namespace Lscp.Rules.Calendar;

/// <summary>
/// A royal proclamation under the Banking and Financial Dealings Act 1971, s1(3), that changed the
/// England and Wales bank holidays of one year: either an extra one-off day, or a standing day moved to another date.
/// </summary>
/// <param name="Date">The date appointed as a bank holiday.</param>
/// <param name="Name">The holiday's name.</param>
/// <param name="Replaces">For a moved day, the standing date it replaces (which becomes a working day); null for an extra day.</param>
public sealed record RoyalProclamation(LocalDate Date, string Name, LocalDate? Replaces);
