using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Model.Records;

/// <summary>A meeting of a body: when, who chaired, and each seat's attendance.</summary>
public sealed record Meeting
{
    /// <summary>Records a meeting.</summary>
    /// <param name="id">A stable identifier, such as <c>executive-2024-05-14</c>.</param>
    /// <param name="bodyId">The body that met.</param>
    /// <param name="date">The day it met.</param>
    /// <param name="chairAgencyId">The agency whose representative chaired, or null when no chair is recorded.</param>
    /// <param name="chairWasDeputy">True when a recorded deputy chaired in place of the agency's usual representative.</param>
    /// <param name="attendance">Each seat's attendance; a seat not listed counts as absent.</param>
    public Meeting(string id, string bodyId, LocalDate date, string? chairAgencyId, IEnumerable<Attendance> attendance, bool chairWasDeputy = false)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        Id = Preconditions.CheckId(id);
        BodyId = Preconditions.CheckId(bodyId);
        Date = date;
        ChairAgencyId = chairAgencyId is null ? null : Preconditions.CheckId(chairAgencyId);
        Preconditions.CheckArgument(chairAgencyId is not null || !chairWasDeputy, $"Meeting '{id}' has a deputy chair but no chair agency.", paramName: nameof(chairWasDeputy));
        ChairWasDeputy = chairWasDeputy;
        Attendance = [.. attendance];
        Preconditions.CheckArgument(Attendance.All(a => a is not null), $"Meeting '{id}' has a null attendance record.", paramName: nameof(attendance));
        var seats = Attendance.GroupBy(a => (a.AgencyId, a.Representative)).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(seats is null, $"Meeting '{id}' records '{seats?.Key.AgencyId}' ({seats?.Key.Representative ?? "its seat"}) twice.", paramName: nameof(attendance));
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>The body that met.</summary>
    public string BodyId { get; }

    /// <summary>The day it met.</summary>
    public LocalDate Date { get; }

    /// <summary>The agency that chaired, or null when none is recorded.</summary>
    public string? ChairAgencyId { get; }

    /// <summary>True when a recorded deputy chaired.</summary>
    public bool ChairWasDeputy { get; }

    /// <summary>Each seat's attendance.</summary>
    public ImmutableArray<Attendance> Attendance { get => _attendance.Items; private init => _attendance = value; }

    private readonly ValueArray<Attendance> _attendance;
}
