namespace Lscp.Contracts;

/// <summary>
/// The service is up. The versions it answers from are given only to a caller the service trusts: anyone when no API key
/// is set, otherwise a caller with a key. An uptime check without a key sees the status alone.
/// </summary>
/// <param name="Status">Always <c>healthy</c> when the service answers.</param>
/// <param name="CalendarVersion">The working-day calendar's data version; absent for a caller without a key.</param>
/// <param name="RulebookVersion">The rulebook's version; absent for a caller without a key.</param>
/// <param name="LibraryVersion">The rules library's version; absent for a caller without a key.</param>
public sealed record HealthResponse(string Status, string? CalendarVersion = null, string? RulebookVersion = null, string? LibraryVersion = null);
