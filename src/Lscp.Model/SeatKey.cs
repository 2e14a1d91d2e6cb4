namespace Lscp.Model;

/// <summary>
/// How a seat is told apart from the others on a body: by agency id exactly and by representative role ignoring case,
/// as attendance records name seats. The arrangements' validator and their seat index both use it.
/// </summary>
internal static class SeatKey
{
    /// <summary>Compares (agency id, representative) pairs.</summary>
    public static IEqualityComparer<(string AgencyId, string Representative)> Comparer { get; } = new SeatComparer();

    private sealed class SeatComparer : IEqualityComparer<(string AgencyId, string Representative)>
    {
        public bool Equals((string AgencyId, string Representative) x, (string AgencyId, string Representative) y) =>
            string.Equals(x.AgencyId, y.AgencyId, StringComparison.Ordinal) && string.Equals(x.Representative, y.Representative, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string AgencyId, string Representative) seat) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(seat.AgencyId), StringComparer.OrdinalIgnoreCase.GetHashCode(seat.Representative));
    }
}
