namespace Lscp.Model.Records;

/// <summary>One seat's attendance at a meeting.</summary>
public sealed record Attendance
{
    /// <summary>Records a seat's attendance.</summary>
    /// <param name="agencyId">The member agency.</param>
    /// <param name="status">How the seat was filled.</param>
    /// <param name="representative">The seat's representative role, needed only when the agency has more than one seat on the body.</param>
    /// <param name="deputy">For <see cref="AttendanceStatus.DeputyAttended"/>, the deputy's role or name (required then, refused otherwise).</param>
    /// <param name="chairAgreedDeputy">For a deputy, whether the chair agreed beforehand (matters under <see cref="DeputyPolicy.WithChairAgreement"/>).</param>
    public Attendance(string agencyId, AttendanceStatus status, string? representative = null, string? deputy = null, bool chairAgreedDeputy = false)
        : this(Guard.Against.InvalidId(agencyId), Guard.Against.EnumOutOfRange(status), representative is null ? null : Guard.Against.BlankText(representative), deputy, chairAgreedDeputy, checkedByCaller: true)
    {
        Guard.Against.BrokenInvariants(Check(agencyId, status, deputy, chairAgreedDeputy));
    }

    /// <summary>
    /// An attendance record whose fields a reader has already checked as the constructor does (the agency id, the status,
    /// non-blank representative, and <see cref="Check"/> with nothing broken): built without checking them again.
    /// </summary>
    internal static Attendance Checked(string agencyId, AttendanceStatus status, string? representative, string? deputy, bool chairAgreedDeputy) =>
        new(agencyId, status, representative, deputy, chairAgreedDeputy, checkedByCaller: true);

    /// <summary>Assigns the fields (the deputy trimmed) and checks nothing: the one place they are set, after the caller's checks.</summary>
    private Attendance(string agencyId, AttendanceStatus status, string? representative, string? deputy, bool chairAgreedDeputy, bool checkedByCaller)
    {
        _ = checkedByCaller;
        AgencyId = agencyId;
        Status = status;
        Representative = representative;
        Deputy = deputy?.Trim();
        ChairAgreedDeputy = chairAgreedDeputy;
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(string agencyId, AttendanceStatus status, string? deputy, bool chairAgreedDeputy)
    {
        if (status == AttendanceStatus.DeputyAttended)
        {
            if (string.IsNullOrWhiteSpace(deputy))
            {
                yield return new(nameof(deputy), $"'{agencyId}' sent a deputy, but the deputy is not named.");
            }
        }
        else
        {
            if (deputy is not null)
            {
                yield return new(nameof(deputy), $"'{agencyId}' is marked {status} but a deputy is named.");
            }

            if (chairAgreedDeputy)
            {
                yield return new(nameof(chairAgreedDeputy), $"'{agencyId}' is marked {status}; chair agreement applies only to a deputy.");
            }
        }
    }

    /// <summary>The member agency.</summary>
    public string AgencyId { get; }

    /// <summary>How the seat was filled.</summary>
    public AttendanceStatus Status { get; }

    /// <summary>The seat's representative role, when the agency has several seats.</summary>
    public string? Representative { get; }

    /// <summary>The deputy, when one attended.</summary>
    public string? Deputy { get; }

    /// <summary>Whether the chair agreed to the deputy beforehand.</summary>
    public bool ChairAgreedDeputy { get; }
}
