using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Lscp.Rules.Calendar;

/// <summary>
/// An immutable working-day calendar: Monday to Friday, less bank holidays. The standard one is
/// <see cref="EnglandAndWales"/>; a partnership amends it with <see cref="WithAmendments"/>, which returns a new calendar.
/// </summary>
/// <remarks>
/// <para>
/// <b>Counting convention.</b> Statutory clocks read "within N working days of X", and end on the N-th working
/// day <em>after</em> X: the anchor day X is day 0 and never counts, whether or not it is itself a working day.
/// <see cref="AddWorkingDays"/> follows it, and <see cref="WorkingDaysBetween"/> is its inverse: it counts the
/// working days after its start and up to and including its end.
/// </para>
/// <para>
/// <b>Range.</b> Every query accepts dates from <see cref="MinDate"/> to <see cref="MaxDate"/> inclusive, and throws
/// <see cref="DateOutsideCalendarRangeException"/> for a date, or a result, outside it. Dates must be in the ISO calendar.
/// </para>
/// <para>
/// <b>Cost.</b> Every query is constant time and allocates nothing: the calendar precomputes, for each day of its
/// range, the number of working days up to it, and the list of working days in order.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar : IEquatable<WorkingDayCalendar>
{
    // _yearStartOffsets[y - MinDate.Year]: the offset from MinDate of 1 January of year y.
    private readonly int[] _yearStartOffsets;

    // _workingDaysUpTo[i]: how many working days there are from MinDate up to and including MinDate + i days.
    private readonly int[] _workingDaysUpTo;

    // _workingDays[k]: the (k + 1)-th working day of the range, so an answer is one array read with no date arithmetic.
    private readonly LocalDate[] _workingDays;

    private readonly FrozenDictionary<LocalDate, BankHoliday> _holidaysByDate;
    private readonly ImmutableArray<BankHoliday>[] _holidaysByYear;

    private WorkingDayCalendar(int firstYear, int lastYear, IEnumerable<BankHoliday> holidays, ImmutableArray<CalendarAmendment> amendments, string dataVersion)
    {
        MinDate = new LocalDate(firstYear, 1, 1);
        MaxDate = new LocalDate(lastYear, 12, 31);
        Amendments = amendments;
        DataVersion = dataVersion;

        _holidaysByDate = holidays.ToFrozenDictionary(h => h.Date);
        _holidaysByYear = new ImmutableArray<BankHoliday>[lastYear - firstYear + 1];
        foreach (var group in _holidaysByDate.Values.GroupBy(h => h.Date.Year))
        {
            _holidaysByYear[group.Key - firstYear] = [.. group.OrderBy(h => h.Date)];
        }

        for (var i = 0; i < _holidaysByYear.Length; i++)
        {
            if (_holidaysByYear[i].IsDefault)
            {
                _holidaysByYear[i] = [];
            }
        }

        _yearStartOffsets = new int[lastYear - firstYear + 1];
        for (var year = firstYear + 1; year <= lastYear; year++)
        {
            _yearStartOffsets[year - firstYear] = _yearStartOffsets[year - firstYear - 1] + CalendarSystem.Iso.GetDaysInYear(year - 1);
        }

        var length = _yearStartOffsets[^1] + CalendarSystem.Iso.GetDaysInYear(lastYear);
        _workingDaysUpTo = new int[length];
        var workingDays = new List<LocalDate>(length);
        var date = MinDate;
        for (var i = 0; i < length; i++, date = date.PlusDays(1))
        {
            if (date.DayOfWeek < IsoDayOfWeek.Saturday && !_holidaysByDate.ContainsKey(date))
            {
                workingDays.Add(date);
            }

            _workingDaysUpTo[i] = workingDays.Count;
        }

        _workingDays = [.. workingDays];
    }

    /// <summary>The England and Wales calendar of <see cref="EnglandAndWalesBankHolidays"/>, with no amendments.</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = new(
        EnglandAndWalesBankHolidays.FirstYear,
        EnglandAndWalesBankHolidays.LastYear,
        Enumerable.Range(EnglandAndWalesBankHolidays.FirstYear, EnglandAndWalesBankHolidays.LastYear - EnglandAndWalesBankHolidays.FirstYear + 1)
            .SelectMany(year => EnglandAndWalesBankHolidays.ForYear(year)),
        [],
        EnglandAndWalesBankHolidays.DataVersion);

    /// <summary>The first date covered, inclusive.</summary>
    public LocalDate MinDate { get; }

    /// <summary>The last date covered, inclusive.</summary>
    public LocalDate MaxDate { get; }

    /// <summary>
    /// The version of the holiday data, such as <c>ew-2026.11.1</c>; an amended calendar appends
    /// <c>+amended.</c> and a fingerprint of its amendments, so equal versions mean equal calendars.
    /// </summary>
    public string DataVersion { get; }

    /// <summary>The amendments applied to the standard data, in the order they were applied.</summary>
    public ImmutableArray<CalendarAmendment> Amendments { get => _amendments.Items; private init => _amendments = value; }

    private readonly ValueArray<CalendarAmendment> _amendments;

    /// <summary>True when <paramref name="date"/> is a Monday to Friday that is not a bank holiday.</summary>
    /// <exception cref="DateOutsideCalendarRangeException"><paramref name="date"/> is outside <see cref="MinDate"/> to <see cref="MaxDate"/>.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        var offset = OffsetOf(date, nameof(date));
        return offset == 0 ? _workingDaysUpTo[0] == 1 : _workingDaysUpTo[offset] != _workingDaysUpTo[offset - 1];
    }

    /// <summary>The bank holiday observed on <paramref name="date"/>, or null when there is none.</summary>
    /// <exception cref="DateOutsideCalendarRangeException"><paramref name="date"/> is outside <see cref="MinDate"/> to <see cref="MaxDate"/>.</exception>
    public BankHoliday? BankHolidayOn(LocalDate date)
    {
        OffsetOf(date, nameof(date));
        return _holidaysByDate.GetValueOrDefault(date);
    }

    /// <summary>The bank holidays observed in <paramref name="year"/>, in date order, amendments included.</summary>
    /// <exception cref="DateOutsideCalendarRangeException"><paramref name="year"/> is outside the years of <see cref="MinDate"/> to <see cref="MaxDate"/>.</exception>
    public ImmutableArray<BankHoliday> BankHolidaysIn(int year)
    {
        if (year < MinDate.Year || year > MaxDate.Year)
        {
            throw new DateOutsideCalendarRangeException(nameof(year), $"Year {year}", MinDate, MaxDate);
        }

        return _holidaysByYear[year - MinDate.Year];
    }

    /// <summary>The first working day strictly after <paramref name="date"/>; the same as <c>AddWorkingDays(date, 1)</c>.</summary>
    /// <exception cref="DateOutsideCalendarRangeException">The date or the result is outside the calendar's range.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>The last working day strictly before <paramref name="date"/>; the same as <c>AddWorkingDays(date, -1)</c>.</summary>
    /// <exception cref="DateOutsideCalendarRangeException">The date or the result is outside the calendar's range.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="date"/> (before it, when negative).
    /// The anchor <paramref name="date"/> is day 0 and never counts, so "within 5 working days of 1 May" ends on
    /// <c>AddWorkingDays(1 May, 5)</c>. Adding 0 returns <paramref name="date"/> unchanged, even when it is not a working day;
    /// any other count returns a working day.
    /// </summary>
    /// <exception cref="DateOutsideCalendarRangeException">The date or the result is outside the calendar's range.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        var offset = OffsetOf(date, nameof(date));
        if (workingDays == 0)
        {
            return date;
        }

        // Index into _workingDays of the answer. Working days up to and including the anchor: _workingDaysUpTo[offset].
        long index = workingDays > 0
            ? (long)_workingDaysUpTo[offset] + workingDays - 1
            : (long)WorkingDaysBefore(offset) + workingDays;
        if ((ulong)index >= (ulong)_workingDays.Length)
        {
            ThrowResultOutOfRange(date, workingDays);
        }

        return _workingDays[index];
    }

    /// <summary>
    /// <see cref="AddWorkingDays"/> without throwing: false when <paramref name="date"/> or the result would be outside the
    /// calendar's range (<see cref="MinDate"/> to <see cref="MaxDate"/>), so a caller can say which input led there.
    /// </summary>
    public bool TryAddWorkingDays(LocalDate date, int workingDays, out LocalDate result)
    {
        result = date;
        if (date.Calendar != CalendarSystem.Iso || date < MinDate || date > MaxDate)
        {
            return false;
        }

        if (workingDays == 0)
        {
            return true;
        }

        var offset = _yearStartOffsets[date.Year - MinDate.Year] + date.DayOfYear - 1;
        long index = workingDays > 0
            ? (long)_workingDaysUpTo[offset] + workingDays - 1
            : (long)WorkingDaysBefore(offset) + workingDays;
        if ((ulong)index >= (ulong)_workingDays.Length)
        {
            return false;
        }

        result = _workingDays[index];
        return true;
    }

    /// <summary>
    /// The number of working days after <paramref name="startExclusive"/> up to and including <paramref name="endInclusive"/>:
    /// the inverse of <see cref="AddWorkingDays"/>, so <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for n ≥ 0.
    /// When the end is before the start the result is negative: <c>-WorkingDaysBetween(endInclusive, startExclusive)</c>.
    /// </summary>
    /// <exception cref="DateOutsideCalendarRangeException">Either date is outside the calendar's range.</exception>
    public int WorkingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) =>
        _workingDaysUpTo[OffsetOf(endInclusive, nameof(endInclusive))] - _workingDaysUpTo[OffsetOf(startExclusive, nameof(startExclusive))];

    /// <summary>
    /// A new calendar with <paramref name="amendments"/> applied after any this one already has. This calendar is unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// An amendment adds a day that is already not a working day (a weekend or a bank holiday), or removes a date that is not a
    /// weekday bank holiday. The message names the date.
    /// </exception>
    /// <exception cref="DateOutsideCalendarRangeException">An amendment's date is outside the calendar's range.</exception>
    public WorkingDayCalendar WithAmendments(params IEnumerable<CalendarAmendment> amendments)
    {
        Guard.Against.Null(amendments);
        var added = amendments.ToImmutableArray();
        if (added.IsEmpty)
        {
            return this;
        }

        var holidays = _holidaysByDate.ToDictionary();
        foreach (var amendment in added)
        {
            Guard.Against.Null(amendment, nameof(amendments));
            OffsetOf(amendment.Date, nameof(amendments));
            var date = amendment.Date;
            if (amendment.MakesNonWorkingDay)
            {
                Guard.Against.Unmet(date.DayOfWeek < IsoDayOfWeek.Saturday, $"{date:uuuu-MM-dd} is a {date.DayOfWeek}, which is never a working day; only a weekday can be made a non-working day.", parameterName: nameof(amendments));
                Guard.Against.Unmet(!holidays.TryGetValue(date, out var existing), $"{date:uuuu-MM-dd} is already a bank holiday ({existing?.Name}).", parameterName: nameof(amendments));
                holidays[date] = new BankHoliday(date, amendment.Description, BankHolidayOrigin.LocalAmendment);
            }
            else
            {
                Guard.Against.Unmet(holidays.Remove(date), $"{date:uuuu-MM-dd} is not a bank holiday, so it cannot be made a working day.", parameterName: nameof(amendments));
                Guard.Against.Unmet(date.DayOfWeek < IsoDayOfWeek.Saturday, $"{date:uuuu-MM-dd} is a {date.DayOfWeek}, which is never a working day.", parameterName: nameof(amendments));
            }
        }

        var all = Amendments.AddRange(added);
        var baseVersion = Amendments.IsEmpty ? DataVersion : DataVersion[..DataVersion.IndexOf("+amended.", StringComparison.Ordinal)];
        return new WorkingDayCalendar(MinDate.Year, MaxDate.Year, holidays.Values, all, $"{baseVersion}+amended.{Fingerprint.Of(all.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Date:uuuu-MM-dd}|{(a.MakesNonWorkingDay ? '+' : '-')}|{a.Description}")))}");
    }

    /// <summary>Working days strictly before the day at <paramref name="offset"/>.</summary>
    private int WorkingDaysBefore(int offset) => offset == 0 ? 0 : _workingDaysUpTo[offset - 1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int OffsetOf(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            ThrowNotIso(paramName);
        }

        var yearIndex = date.Year - MinDate.Year;
        if ((uint)yearIndex >= (uint)_yearStartOffsets.Length)
        {
            ThrowDateOutOfRange(date, paramName);
        }

        return _yearStartOffsets[yearIndex] + date.DayOfYear - 1;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowDateOutOfRange(LocalDate date, string paramName) =>
        throw new DateOutsideCalendarRangeException(paramName, $"Date {date:uuuu-MM-dd}", MinDate, MaxDate);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowResultOutOfRange(LocalDate date, int workingDays) =>
        throw new DateOutsideCalendarRangeException(nameof(workingDays), $"The result of adding {workingDays} working days to {date:uuuu-MM-dd}", MinDate, MaxDate);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotIso(string paramName) =>
        throw new ArgumentException("Dates must be in the ISO calendar.", paramName);

    /// <summary>Equal when both cover the same dates with the same holiday data and the same amendments, in order.</summary>
    public static bool operator ==(WorkingDayCalendar? left, WorkingDayCalendar? right) => Equals(left, right);

    /// <summary>Unequal when the range, the data version or the amendments differ.</summary>
    public static bool operator !=(WorkingDayCalendar? left, WorkingDayCalendar? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(WorkingDayCalendar? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (MinDate == other.MinDate && MaxDate == other.MaxDate && DataVersion == other.DataVersion && _amendments == other._amendments));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkingDayCalendar);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MinDate, MaxDate, DataVersion);
}
