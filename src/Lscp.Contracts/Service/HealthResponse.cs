namespace Lscp.Contracts;

/// <summary>The service is up, with the versions of the data and rules it answers from.</summary>
/// <param name="Status">Always <c>healthy</c> when the service answers.</param>
/// <param name="CalendarVersion">The working-day calendar's data version.</param>
/// <param name="RulebookVersion">The rulebook's version.</param>
/// <param name="LibraryVersion">The rules library's version.</param>
public sealed record HealthResponse(string Status, string CalendarVersion, string RulebookVersion, string LibraryVersion);
