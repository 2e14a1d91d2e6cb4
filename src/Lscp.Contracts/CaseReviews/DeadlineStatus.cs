using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>Where a clock stands on the date asked about.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DeadlineStatus>))]
public enum DeadlineStatus
{
    /// <summary><c>met</c>: done on or before the due date.</summary>
    Met,

    /// <summary><c>metLate</c>: done after the due date (see workingDays and calendarDays).</summary>
    MetLate,

    /// <summary><c>due</c>: not done yet and not yet due (see workingDays and calendarDays).</summary>
    Due,

    /// <summary><c>overdue</c>: not done and past due (see workingDays and calendarDays).</summary>
    Overdue,

    /// <summary><c>awaitingAnchor</c>: the clock has not started, as its anchor event is not recorded.</summary>
    AwaitingAnchor,

    /// <summary><c>notApplicable</c>: the rule does not apply, as its anchor is before the day it took effect (see explanation).</summary>
    NotApplicable,
}
