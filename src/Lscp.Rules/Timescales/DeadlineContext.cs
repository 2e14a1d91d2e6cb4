using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Timescales;

/// <summary>What the deadline rules read: the rulebook (for limits and suspensions), the calendar, and the date to assess on.</summary>
/// <param name="Rulebook">The rules and their parameter values.</param>
/// <param name="Calendar">The working-day calendar.</param>
/// <param name="AsOf">The date the statuses are assessed on.</param>
public sealed record DeadlineContext(Rulebook Rulebook, WorkingDayCalendar Calendar, LocalDate AsOf);
