using System.Collections.Immutable;

namespace Lscp.Model.Records;

/// <summary>
/// What a partnership has done: its meetings, decisions taken under delegation, serious incidents and yearly reports.
/// The rules evaluate these against the arrangements.
/// </summary>
public sealed record PartnershipRecords
{
    /// <summary>No records.</summary>
    public static PartnershipRecords Empty { get; } = new([], []);

    /// <summary>Creates the records; meeting ids and case references must be unique.</summary>
    public PartnershipRecords(
        IEnumerable<Meeting> meetings,
        IEnumerable<DelegationDecision> decisions,
        IEnumerable<SeriousIncident>? incidents = null,
        IEnumerable<YearlyReport>? yearlyReports = null)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(decisions);
        Incidents = incidents is null ? [] : [.. incidents.OrderBy(i => i.LocalAuthorityAwareOn).ThenBy(i => i.CaseReference, StringComparer.Ordinal)];
        YearlyReports = yearlyReports is null ? [] : [.. yearlyReports.OrderBy(r => r.CoversFrom)];
        var duplicateCase = Incidents.GroupBy(i => i.CaseReference).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicateCase is null, $"Case reference '{duplicateCase?.Key}' is used twice.", paramName: nameof(incidents));
        Meetings = [.. meetings.OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal)];
        Decisions = [.. decisions.OrderBy(d => d.Date)];
        var duplicate = Meetings.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, $"Meeting id '{duplicate?.Key}' is used twice.", paramName: nameof(meetings));
    }

    /// <summary>Meetings in date order.</summary>
    public ImmutableArray<Meeting> Meetings { get; }

    /// <summary>Decisions taken under delegation, in date order.</summary>
    public ImmutableArray<DelegationDecision> Decisions { get; }

    /// <summary>Serious incidents, in order of the local authority becoming aware.</summary>
    public ImmutableArray<SeriousIncident> Incidents { get; }

    /// <summary>Yearly reports, in order of the period covered.</summary>
    public ImmutableArray<YearlyReport> YearlyReports { get; }
}
