using System.Collections.Immutable;

namespace Lscp.Model.Records;

/// <summary>What a partnership has done: its meetings and decisions taken under delegation. The rules evaluate these against the arrangements.</summary>
public sealed record PartnershipRecords
{
    /// <summary>No records.</summary>
    public static PartnershipRecords Empty { get; } = new([], []);

    /// <summary>Creates the records; meeting ids and decision ids must be unique.</summary>
    public PartnershipRecords(IEnumerable<Meeting> meetings, IEnumerable<DelegationDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(decisions);
        Meetings = [.. meetings.OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal)];
        Decisions = [.. decisions.OrderBy(d => d.Date)];
        var duplicate = Meetings.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, $"Meeting id '{duplicate?.Key}' is used twice.", paramName: nameof(meetings));
    }

    /// <summary>Meetings in date order.</summary>
    public ImmutableArray<Meeting> Meetings { get; }

    /// <summary>Decisions taken under delegation, in date order.</summary>
    public ImmutableArray<DelegationDecision> Decisions { get; }
}
