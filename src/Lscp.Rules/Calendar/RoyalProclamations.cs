using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Rules.Calendar;

/// <summary>
/// Every royal proclamation since 1978 that added or moved an England and Wales bank holiday, as published
/// in the London Gazette and on GOV.UK. A proclamation announced after this release is added by the user
/// with <see cref="WorkingDayCalendar.WithAmendments(IEnumerable{CalendarAmendment})"/>, not by waiting for a new version.
/// </summary>
public static class RoyalProclamations
{
    /// <summary>The proclamations in date order.</summary>
    public static ImmutableArray<RoyalProclamation> All { get; } =
    [
        new(new LocalDate(1981, 7, 29), "Royal wedding (The Prince of Wales and Lady Diana Spencer)", null),
        new(new LocalDate(1995, 5, 8), "Early May bank holiday (VE Day 50th anniversary)", new LocalDate(1995, 5, 1)),
        new(new LocalDate(1999, 12, 31), "Millennium celebrations", null),
        new(new LocalDate(2002, 6, 3), "Golden Jubilee bank holiday", null),
        new(new LocalDate(2002, 6, 4), "Spring bank holiday (Golden Jubilee)", new LocalDate(2002, 5, 27)),
        new(new LocalDate(2011, 4, 29), "Royal wedding (Prince William and Catherine Middleton)", null),
        new(new LocalDate(2012, 6, 4), "Spring bank holiday (Diamond Jubilee)", new LocalDate(2012, 5, 28)),
        new(new LocalDate(2012, 6, 5), "Queen's Diamond Jubilee", null),
        new(new LocalDate(2020, 5, 8), "Early May bank holiday (VE day)", new LocalDate(2020, 5, 4)),
        new(new LocalDate(2022, 6, 2), "Spring bank holiday (Platinum Jubilee)", new LocalDate(2022, 5, 30)),
        new(new LocalDate(2022, 6, 3), "Platinum Jubilee bank holiday", null),
        new(new LocalDate(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", null),
        new(new LocalDate(2023, 5, 8), "Bank holiday for the coronation of King Charles III", null),
    ];
}
