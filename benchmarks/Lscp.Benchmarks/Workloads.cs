using Lscp.Adapters;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Tests.Rules;
using NodaTime;

namespace Lscp.Benchmarks;

/// <summary>
/// The benchmark workload: one Lewisham partnership-year, 2024-25, with the tests' 26 meetings and 3 incidents plus 7 more
/// incidents (about 30 meetings and 10 incidents in all), evaluated on 2025-06-30.
/// </summary>
internal static class Workloads
{
    public static readonly Partnership Lewisham = BuiltInPartnerships.Lewisham;

    public static readonly DateInterval Year = new(new LocalDate(2024, 4, 1), new LocalDate(2025, 3, 31));

    public static readonly LocalDate AsOf = new(2025, 6, 30);

    public static readonly PartnershipRecords Records = WithMoreIncidents(LewishamYear.Records2024(Lewisham));

    private static PartnershipRecords WithMoreIncidents(PartnershipRecords records)
    {
        var extra = Enumerable.Range(0, 7).Select(i =>
        {
            var aware = new LocalDate(2024, 4, 8).PlusDays(i * 45);
            var notified = aware.PlusDays(2 + (i % 4));
            return new SeriousIncident($"LSCP-B-{i:000}", aware, notified, notified, notified.PlusDays(18 + i), i % 2 == 0 ? ReviewDecision.NoReview : ReviewDecision.LocalReview,
                i % 2 == 0 ? null : new LocalReview(notified.PlusDays(25 + i), null, null, i == 3 ? [new ReviewDelay("Inquest", notified.PlusDays(60), notified.PlusDays(61))] : null));
        });
        return new PartnershipRecords(records.Meetings, records.Decisions, [.. records.Incidents, .. extra], records.YearlyReports);
    }
}
