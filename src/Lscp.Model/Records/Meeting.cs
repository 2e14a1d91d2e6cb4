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
        : this(Guard.Against.InvalidId(id), Guard.Against.InvalidId(bodyId), date, chairAgencyId is null ? null : Guard.Against.InvalidId(chairAgencyId), [.. Guard.Against.Null(attendance)], chairWasDeputy, checkedByCaller: true)
    {
        Guard.Against.Unmet(Attendance.All(a => a is not null), $"Meeting '{id}' has a null attendance record.", parameterName: nameof(attendance));
        Guard.Against.BrokenInvariants(Check(id, chairAgencyId, Attendance, chairWasDeputy));
    }

    /// <summary>
    /// A meeting whose fields a reader has already checked as the constructor does (ids, no null attendance, and
    /// <see cref="Check"/> with nothing broken): built without checking them again, so a document's invariants are checked once.
    /// </summary>
    internal static Meeting Checked(string id, string bodyId, LocalDate date, string? chairAgencyId, ImmutableArray<Attendance> attendance, bool chairWasDeputy) =>
        new(id, bodyId, date, chairAgencyId, attendance, chairWasDeputy, checkedByCaller: true);

    /// <summary>Assigns the fields and checks nothing: the one place they are set, after the caller's checks (the public constructor's, or a reader's).</summary>
    private Meeting(string id, string bodyId, LocalDate date, string? chairAgencyId, ImmutableArray<Attendance> attendance, bool chairWasDeputy, bool checkedByCaller)
    {
        _ = checkedByCaller;
        Id = id;
        BodyId = bodyId;
        Date = date;
        ChairAgencyId = chairAgencyId;
        ChairWasDeputy = chairWasDeputy;
        Attendance = attendance;
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(string id, string? chairAgencyId, IReadOnlyList<Attendance> attendance, bool chairWasDeputy)
    {
        if (chairAgencyId is null && chairWasDeputy)
        {
            yield return new(nameof(chairWasDeputy), $"Meeting '{id}' has a deputy chair but no chair agency.");
        }

        // A meeting's few records are compared pairwise; a long list goes through a set, so the cost stays linear.
        HashSet<(string AgencyId, string? Representative)>? seats = attendance.Count > 16 ? [] : null;
        for (var i = 0; i < attendance.Count; i++)
        {
            var record = attendance[i];
            if (seats is null ? RecordedBefore(attendance, i) : !seats.Add((record.AgencyId, record.Representative)))
            {
                yield return new(nameof(attendance), $"Meeting '{id}' records '{record.AgencyId}' ({Echo.Of(record.Representative ?? "its seat")}) twice.");
            }
        }
    }

    private static bool RecordedBefore(IReadOnlyList<Attendance> attendance, int index)
    {
        for (var k = 0; k < index; k++)
        {
            if (attendance[k].AgencyId == attendance[index].AgencyId && attendance[k].Representative == attendance[index].Representative)
            {
                return true;
            }
        }

        return false;
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
