using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Model;

/// <summary>How a body's chair is chosen: <see cref="FixedChair"/>, <see cref="RotatingChair"/> or <see cref="IndependentChair"/>.</summary>
public abstract record ChairArrangement
{
    private protected ChairArrangement()
    {
    }
}

/// <summary>One member agency always chairs, optionally through a named post.</summary>
public sealed record FixedChair : ChairArrangement
{
    /// <summary>Creates a fixed chair.</summary>
    public FixedChair(string agencyId, string? postId = null)
    {
        AgencyId = Guard.Against.InvalidId(agencyId);
        PostId = postId is null ? null : Guard.Against.InvalidId(postId);
    }

    /// <summary>The agency that chairs.</summary>
    public string AgencyId { get; }

    /// <summary>The post that chairs, when the arrangements name one.</summary>
    public string? PostId { get; }
}

/// <summary>
/// The chair rotates among member agencies in a fixed order, one rotation year each. A rotation year starts on
/// <see cref="YearStart"/> (1 April for the financial year, 1 January for the calendar year) and ends the day before the next.
/// </summary>
public sealed record RotatingChair : ChairArrangement
{
    /// <summary>Creates a rotation.</summary>
    /// <param name="order">The agencies in rotation order; at least two, no repeats.</param>
    /// <param name="yearStart">The day each rotation year starts.</param>
    /// <param name="firstAgencyYear">A calendar year in which the rotation year starting on <paramref name="yearStart"/> is chaired by <c>order[0]</c>.</param>
    public RotatingChair(IEnumerable<string> order, AnnualDate yearStart, int firstAgencyYear)
    {
        Guard.Against.Null(order);
        Order = [.. order.Select(id => Guard.Against.InvalidId(id))];
        Guard.Against.BrokenInvariants(Check(Order, firstAgencyYear));
        YearStart = yearStart;
        FirstAgencyYear = firstAgencyYear;
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(IReadOnlyList<string> order, int firstAgencyYear)
    {
        if (order.Count < 2)
        {
            yield return new(nameof(order), "A rotation needs at least two agencies.");
        }

        if (order.Distinct(StringComparer.Ordinal).Count() != order.Count)
        {
            yield return new(nameof(order), "A rotation names an agency twice.");
        }

        if (firstAgencyYear is < 1900 or > 9999)
        {
            yield return new(nameof(firstAgencyYear), $"must be a year from 1900 to 9999, not {firstAgencyYear}.");
        }
    }

    /// <summary>The agencies in rotation order.</summary>
    public ImmutableArray<string> Order { get => _order.Items; private init => _order = value; }

    private readonly ValueArray<string> _order;

    /// <summary>The day each rotation year starts.</summary>
    public AnnualDate YearStart { get; }

    /// <summary>A calendar year whose rotation year (starting on <see cref="YearStart"/>) is chaired by <c>Order[0]</c>.</summary>
    public int FirstAgencyYear { get; }

    /// <summary>The calendar year in which the rotation year containing <paramref name="date"/> started.</summary>
    public int RotationYearOf(LocalDate date) => date >= YearStart.InYear(date.Year) ? date.Year : date.Year - 1;

    /// <summary>The first day of the rotation year that starts in calendar year <paramref name="rotationYear"/>.</summary>
    public LocalDate StartOfRotationYear(int rotationYear) => YearStart.InYear(rotationYear);

    /// <summary>The agency that chairs the rotation year starting in <paramref name="rotationYear"/>.</summary>
    public string AgencyForRotationYear(int rotationYear)
    {
        var index = (rotationYear - FirstAgencyYear) % Order.Length;
        return Order[index < 0 ? index + Order.Length : index];
    }

    /// <summary>The agency that chairs on <paramref name="date"/>.</summary>
    public string AgencyOn(LocalDate date) => AgencyForRotationYear(RotationYearOf(date));
}

/// <summary>An independent chair, from none of the member agencies.</summary>
public sealed record IndependentChair : ChairArrangement
{
    /// <summary>Creates an independent chair, optionally named.</summary>
    public IndependentChair(string? person = null) => Person = person is null ? null : Guard.Against.BlankText(person);

    /// <summary>The chair's name, when published.</summary>
    public string? Person { get; }
}
