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
        Incidents = incidents is null ? [] : [.. incidents];
        YearlyReports = yearlyReports is null ? [] : [.. yearlyReports];
        var duplicateCase = Incidents.GroupBy(i => i.CaseReference).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicateCase is null, $"Case reference '{duplicateCase?.Key}' is used twice.", paramName: nameof(incidents));
        Meetings = [.. meetings];
        Decisions = [.. decisions];
        var duplicate = Meetings.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, $"Meeting id '{duplicate?.Key}' is used twice.", paramName: nameof(meetings));
    }

    /// <summary>Meetings, in the order given (so that an error can name the item as its author wrote it).</summary>
    public ImmutableArray<Meeting> Meetings { get => _meetings.Items; private init => _meetings = value; }

    private readonly ValueArray<Meeting> _meetings;

    /// <summary>Decisions taken under delegation, in the order given.</summary>
    public ImmutableArray<DelegationDecision> Decisions { get => _decisions.Items; private init => _decisions = value; }

    private readonly ValueArray<DelegationDecision> _decisions;

    /// <summary>Serious incidents, in the order given.</summary>
    public ImmutableArray<SeriousIncident> Incidents { get => _incidents.Items; private init => _incidents = value; }

    private readonly ValueArray<SeriousIncident> _incidents;

    /// <summary>Yearly reports, in the order given.</summary>
    public ImmutableArray<YearlyReport> YearlyReports { get => _yearlyReports.Items; private init => _yearlyReports = value; }

    private readonly ValueArray<YearlyReport> _yearlyReports;
}
