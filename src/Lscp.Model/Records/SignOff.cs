using NodaTime;

namespace Lscp.Model.Records;

/// <summary>One statutory partner's sign-off of a key document.</summary>
/// <param name="PartnerAgencyId">The statutory partner.</param>
/// <param name="SignedOn">The day it signed.</param>
/// <param name="ByDelegate">True when its Delegated Safeguarding Partner signed rather than its lead (counted only where the rulebook allows).</param>
public sealed record SignOff(string PartnerAgencyId, LocalDate SignedOn, bool ByDelegate = false);
