using Lscp.Model;
using NodaTime;

namespace Lscp.Rules.Governance;

/// <summary>Who chairs a body on a date, and why.</summary>
/// <param name="BodyId">The body.</param>
/// <param name="Date">The day asked about.</param>
/// <param name="AgencyId">The chairing agency, or null for an independent chair or when the arrangements name none.</param>
/// <param name="Person">The chair's name when on record: the independent chair, or the holder of the chairing partner's delegated post.</param>
/// <param name="RotationYearStart">For a rotation, the first day of the rotation year containing the date.</param>
/// <param name="RotationYearEnd">For a rotation, the last day of that rotation year (inclusive).</param>
/// <param name="Explanation">The answer in a sentence; it says so when the answer rests on an inference or a default.</param>
/// <param name="Basis">What the answer rests on when the body's chair arrangement is not simply published; null when it is.</param>
public sealed record ChairAssignment(string BodyId, LocalDate Date, string? AgencyId, string? Person, LocalDate? RotationYearStart, LocalDate? RotationYearEnd, string Explanation, FactBasis? Basis = null);
