namespace Lscp.Model.Records;

/// <summary>How a member's seat was filled at a meeting.</summary>
public enum AttendanceStatus
{
    /// <summary>The member attended.</summary>
    Present,

    /// <summary>A deputy attended in the member's place (whether it counts depends on the seat's <see cref="DeputyPolicy"/>).</summary>
    DeputyAttended,

    /// <summary>The member sent apologies and no deputy.</summary>
    Apologies,

    /// <summary>The member neither attended nor sent apologies.</summary>
    Absent,
}
