using NodaTime;
using NodaTime.Text;

namespace Lscp.Tests.Support;

/// <summary>Short ISO date literals for tests: <c>D("2024-05-06")</c>.</summary>
internal static class Dates
{
    public static LocalDate D(string isoDate) => LocalDatePattern.Iso.Parse(isoDate).Value;
}
