using NodaTime;

namespace Lscp.Rules.Reporting;

/// <summary>The financial year, 1 April to 31 March, on which partnerships report.</summary>
public static class FinancialYear
{
    /// <summary>The financial year containing <paramref name="date"/>, both ends inclusive.</summary>
    public static DateInterval Containing(LocalDate date)
    {
        var start = date.Month >= 4 ? new LocalDate(date.Year, 4, 1) : new LocalDate(date.Year - 1, 4, 1);
        return new DateInterval(start, start.PlusYears(1).PlusDays(-1));
    }
}
