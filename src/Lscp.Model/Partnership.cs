using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Model;

/// <summary>
/// A safeguarding children partnership and the history of its arrangements: versions in order of
/// <see cref="Arrangements.EffectiveFrom"/>, each in force until the next takes effect.
/// </summary>
public sealed class Partnership : IEquatable<Partnership>
{
    /// <summary>Creates a partnership.</summary>
    /// <param name="id">A stable identifier, such as <c>lewisham</c>.</param>
    /// <param name="name">The partnership's name.</param>
    /// <param name="areas">The local authority areas it serves (at least one).</param>
    /// <param name="versions">Its arrangements; at least one, no two taking effect on the same day. Order does not matter.</param>
    public Partnership(string id, string name, IEnumerable<string> areas, IEnumerable<Arrangements> versions)
    {
        Guard.Against.Null(areas);
        Guard.Against.Null(versions);
        Id = Guard.Against.InvalidId(id);
        Name = Guard.Against.BlankText(name);
        Areas = [.. areas.Select(a => Guard.Against.BlankText(a))];
        Versions = [.. versions.OrderBy(v => v.EffectiveFrom)];
        Guard.Against.BrokenInvariants(Check(id, Areas, Versions));
    }

    /// <summary>The invariants the arguments break (versions in date order), none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(string id, IReadOnlyList<string> areas, IReadOnlyList<Arrangements> versionsByDate)
    {
        if (areas.Count == 0)
        {
            yield return new(nameof(areas), $"Partnership '{id}' serves no area.");
        }

        if (versionsByDate.Count == 0)
        {
            yield return new("versions", $"Partnership '{id}' has no arrangements.");
        }

        for (var i = 1; i < versionsByDate.Count; i++)
        {
            if (versionsByDate[i].EffectiveFrom == versionsByDate[i - 1].EffectiveFrom)
            {
                yield return new("versions", $"Two versions of '{id}' take effect on {versionsByDate[i].EffectiveFrom:uuuu-MM-dd}.");
            }
        }
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>The partnership's name.</summary>
    public string Name { get; }

    /// <summary>The local authority areas served.</summary>
    public ImmutableArray<string> Areas { get => _areas.Items; private init => _areas = value; }

    private readonly ValueArray<string> _areas;

    /// <summary>The versions of the arrangements, earliest first.</summary>
    public ImmutableArray<Arrangements> Versions { get => _versions.Items; private init => _versions = value; }

    private readonly ValueArray<Arrangements> _versions;

    /// <summary>The arrangements in force on <paramref name="date"/>.</summary>
    /// <exception cref="NoArrangementsInForceException"><paramref name="date"/> is before the first version took effect.</exception>
    public Arrangements ArrangementsOn(LocalDate date)
    {
        for (var i = Versions.Length - 1; i >= 0; i--)
        {
            if (Versions[i].EffectiveFrom <= date)
            {
                return Versions[i];
            }
        }

        throw new NoArrangementsInForceException(Name, date, Versions[0].EffectiveFrom);
    }

    /// <summary>
    /// The days <paramref name="version"/> is in force: from its effective date to the day before the next version
    /// takes effect (both inclusive), open-ended for the latest.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="version"/> is not one of this partnership's versions.</exception>
    public EffectivePeriod PeriodOf(Arrangements version)
    {
        Guard.Against.Null(version);
        var index = Versions.IndexOf(version);
        Guard.Against.Unmet(index >= 0, $"Those arrangements are not a version of '{Id}'.", parameterName: nameof(version));
        return index == Versions.Length - 1
            ? new EffectivePeriod(version.EffectiveFrom)
            : new EffectivePeriod(version.EffectiveFrom, Versions[index + 1].EffectiveFrom.PlusDays(-1));
    }

    /// <summary>Equal when both have the same id, name, areas and versions (compared item by item, in order).</summary>
    public static bool operator ==(Partnership? left, Partnership? right) => Equals(left, right);

    /// <summary>Unequal when anything in <see cref="operator ==(Partnership?, Partnership?)"/> differs.</summary>
    public static bool operator !=(Partnership? left, Partnership? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(Partnership? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (Id == other.Id && Name == other.Name && _areas == other._areas && _versions == other._versions));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Partnership);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, _versions);
}
