using NodaTime;

namespace Lscp.Contracts;

/// <summary>Who chairs a body on a date, and why.</summary>
/// <param name="BodyId">The body.</param>
/// <param name="Date">The day asked about.</param>
/// <param name="AgencyId">The chairing agency; absent for an independent chair, or when the arrangements name none.</param>
/// <param name="Person">The chair's name, when on record.</param>
/// <param name="RotationYearStart">For a rotation, the first day of the rotation year containing the date.</param>
/// <param name="RotationYearEnd">For a rotation, the last day of that rotation year (inclusive).</param>
/// <param name="Explanation">The answer in a sentence.</param>
/// <param name="Basis">What the answer rests on when the chair arrangement is not simply published; absent when it is.</param>
public sealed record ChairResponse(string BodyId, LocalDate Date, string? AgencyId, string? Person, LocalDate? RotationYearStart, LocalDate? RotationYearEnd, string Explanation, Basis? Basis = null);
