namespace Lscp.Rules.Timescales;

/// <summary>Where a deadline stands on the date asked about.</summary>
public enum DeadlineStatus
{
    /// <summary>Done on or before the due date.</summary>
    Met,

    /// <summary>Done after the due date; <see cref="Deadline.DaysInOwnUnit"/> says by how much, in the clock's unit.</summary>
    MetLate,

    /// <summary>Not done yet and not yet due; <see cref="Deadline.DaysInOwnUnit"/> says how long remains, in the clock's unit.</summary>
    Due,

    /// <summary>Not done and past due; <see cref="Deadline.DaysInOwnUnit"/> says by how much, in the clock's unit.</summary>
    Overdue,

    /// <summary>The clock has not started: its anchor event is not recorded yet.</summary>
    AwaitingAnchor,

    /// <summary>
    /// The rule does not apply: its anchor is before the day the rule took effect (an incident known before
    /// 29 June 2018 falls under the Local Safeguarding Children Board regime), so no due date is given.
    /// </summary>
    NotApplicable,
}
