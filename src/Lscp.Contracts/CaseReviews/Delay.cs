using NodaTime;

namespace Lscp.Contracts;

/// <summary>A delay to a local review's publication, as the partners recorded it. It does not move the due date.</summary>
/// <param name="Reason">Why publication is delayed.</param>
/// <param name="PanelToldOn">The day the Child Safeguarding Practice Review Panel was told; absent when not recorded.</param>
/// <param name="SecretaryOfStateToldOn">The day the Secretary of State was told; absent when not recorded.</param>
public sealed record Delay(string Reason, LocalDate? PanelToldOn, LocalDate? SecretaryOfStateToldOn);
