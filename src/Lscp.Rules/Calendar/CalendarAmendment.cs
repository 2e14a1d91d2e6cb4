using NodaTime;

namespace Lscp.Rules.Calendar;

/// <summary>
/// A local change to a <see cref="WorkingDayCalendar"/>: a weekday that becomes a non-working day (a proclamation
/// announced after this release), or a bank holiday that becomes a working day again (a proclamation withdrawn).
/// Build one with <see cref="NonWorkingDay"/> or <see cref="WorkingDay"/>.
/// </summary>
public sealed record CalendarAmendment
{
    private CalendarAmendment(LocalDate date, bool makesNonWorking, string description)
    {
        Date = date;
        MakesNonWorkingDay = makesNonWorking;
        Description = description;
    }

    /// <summary>The date amended.</summary>
    public LocalDate Date { get; }

    /// <summary>True when the amendment adds a non-working day; false when it turns a bank holiday back into a working day.</summary>
    public bool MakesNonWorkingDay { get; }

    /// <summary>For an added day, the holiday's name; for a removed one, the reason.</summary>
    public string Description { get; }

    /// <summary>Makes <paramref name="date"/>, a weekday that is not already a bank holiday, a non-working day called <paramref name="name"/>.</summary>
    public static CalendarAmendment NonWorkingDay(LocalDate date, string name) =>
        new(date, makesNonWorking: true, Guard.Against.BlankText(name));

    /// <summary>Makes <paramref name="date"/>, a bank holiday on a weekday, a working day, for <paramref name="reason"/>.</summary>
    public static CalendarAmendment WorkingDay(LocalDate date, string reason) =>
        new(date, makesNonWorking: false, Guard.Against.BlankText(reason));
}
