namespace Lscp.Rules.Timescales;

/// <summary>Where a deadline stands on the date asked about.</summary>
public enum DeadlineStatus
{
    /// <summary>Done on or before the due date.</summary>
    Met,

    /// <summary>Done after the due date; <see cref="Deadline.WorkingDays"/> says by how many working days.</summary>
    MetLate,

    /// <summary>Not done yet and not yet due; <see cref="Deadline.WorkingDays"/> says how many working days remain.</summary>
    Due,

    /// <summary>Not done and past due; <see cref="Deadline.WorkingDays"/> says by how many working days.</summary>
    Overdue,

    /// <summary>The clock is paused (an open pause with its reason); the due date moves on while the pause lasts.</summary>
    Paused,

    /// <summary>The clock has not started: its anchor event is not recorded yet.</summary>
    AwaitingAnchor,
}
