namespace Lscp.Model;

/// <summary>An organisation in the arrangements: a statutory partner or a relevant agency.</summary>
public sealed record Agency
{
    /// <summary>Creates an agency.</summary>
    /// <param name="id">A stable identifier, such as <c>lb-lewisham</c> (lower-case letters, digits, hyphens).</param>
    /// <param name="name">The name as published.</param>
    /// <param name="kind">Its sector.</param>
    /// <param name="role">Whether it is a statutory partner or a relevant agency.</param>
    /// <param name="ceased">When the organisation ceased to exist, with the source, or null while it exists (as far as is recorded).</param>
    /// <param name="schedule">For a relevant agency, where it stands in the Schedule of SI 2018/789; null when not recorded.</param>
    public Agency(string id, string name, AgencyKind kind, AgencyRole role, AgencyCeased? ceased = null, ScheduleListing? schedule = null)
    {
        Id = Guard.Against.InvalidId(id);
        Name = Guard.Against.BlankText(name);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.EnumOutOfRange(role);
        Guard.Against.BrokenInvariants(Check(id, kind, role, schedule));
        Kind = kind;
        Role = role;
        Ceased = ceased;
        Schedule = schedule;
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(string id, AgencyKind kind, AgencyRole role, ScheduleListing? schedule)
    {
        if (role == AgencyRole.StatutoryPartner && schedule is not null)
        {
            yield return new(nameof(schedule), $"Agency '{id}' is a statutory partner; only a relevant agency has a place in the Schedule of relevant agencies.");
        }

        if (role == AgencyRole.StatutoryPartner && kind is not (AgencyKind.LocalAuthority or AgencyKind.IntegratedCareBoard or AgencyKind.Police))
        {
            yield return new(nameof(role), $"Agency '{id}' is a statutory partner of kind {kind}; only a local authority, an ICB (or CCG) or the police can be one.");
        }
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>The name as published.</summary>
    public string Name { get; }

    /// <summary>The sector.</summary>
    public AgencyKind Kind { get; }

    /// <summary>Whether it is a statutory partner or a relevant agency.</summary>
    public AgencyRole Role { get; }

    /// <summary>When the organisation ceased to exist, with the source; null while it exists, as far as is recorded.</summary>
    public AgencyCeased? Ceased { get; }

    /// <summary>For a relevant agency, where it stands in the Schedule of SI 2018/789; null when that is not recorded.</summary>
    public ScheduleListing? Schedule { get; }

    /// <summary>True for one of the three statutory safeguarding partners.</summary>
    public bool IsStatutoryPartner => Role == AgencyRole.StatutoryPartner;
}
