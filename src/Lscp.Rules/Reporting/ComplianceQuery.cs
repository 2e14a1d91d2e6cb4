using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Reporting;

/// <summary>
/// One compliance question, read and validated: the domain values a report is built from, and nothing of the wire. Only
/// a reader makes one (<c>Lscp.Adapters.QueryReader.Compliance</c>), after checking every record against the
/// arrangements and every date against the calendar's range, so <see cref="ComplianceReportBuilder.Build(ComplianceQuery, Calendar.WorkingDayCalendar)"/>
/// does not check them again.
/// </summary>
public sealed class ComplianceQuery
{
    internal ComplianceQuery(Partnership partnership, PartnershipRecords records, DateInterval period, LocalDate asOf, Rulebook rulebook)
    {
        Partnership = partnership;
        Records = records;
        Period = period;
        AsOf = asOf;
        Rulebook = rulebook;
    }

    /// <summary>The partnership, served or posted.</summary>
    public Partnership Partnership { get; }

    /// <summary>Its records (empty when none were given), each checked against the arrangements.</summary>
    public PartnershipRecords Records { get; }

    /// <summary>The period assessed (both ends inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>The evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The rulebook, with the request's own settings and suspensions applied.</summary>
    public Rulebook Rulebook { get; }
}
