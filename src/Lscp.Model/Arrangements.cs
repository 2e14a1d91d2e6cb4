using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Model;

/// <summary>
/// One version of a partnership's published arrangements, in force from <see cref="EffectiveFrom"/> until the next
/// version of the same <see cref="Partnership"/> takes effect. Everything it refers to resolves within it.
/// </summary>
public sealed class Arrangements : IEquatable<Arrangements>
{
    private readonly FrozenDictionary<string, Agency> _agencyById;
    private readonly FrozenDictionary<string, Post> _postById;
    private readonly FrozenDictionary<string, Body> _bodyById;

    // body id -> agency id -> the positions in Body.Members of that agency's seats, for attendance matching without scanning.
    private readonly FrozenDictionary<string, FrozenDictionary<string, ImmutableArray<int>>> _seats;

    // body id -> (agency id, representative, ignoring case) -> the seat's position in Body.Members: one lookup per attendance record.
    private readonly FrozenDictionary<string, FrozenDictionary<(string AgencyId, string Representative), int>> _seatsByRole;

    /// <summary>Creates and validates a version.</summary>
    /// <exception cref="InvalidArrangementsException">A reference does not resolve, an id repeats, delegations overlap, and so on; every problem is listed.</exception>
    public Arrangements(
        LocalDate effectiveFrom,
        string title,
        string source,
        IEnumerable<Agency> agencies,
        IEnumerable<Post> posts,
        IEnumerable<PostHolding> holdings,
        IEnumerable<AccountableLead> leads,
        IEnumerable<Delegation> delegations,
        IEnumerable<Body> bodies,
        IEnumerable<PartnershipLink>? neighbours = null,
        IEnumerable<FactBasis>? basis = null)
        : this(effectiveFrom, title, source, agencies, posts, holdings, leads, delegations, bodies, neighbours, basis, out var errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidArrangementsException(errors);
        }
    }

    /// <summary>
    /// A version, or false with every problem (paths relative to the version, such as <c>delegations[0].post</c>) when the
    /// parts do not fit together: the checks of the constructor, without an exception to catch.
    /// </summary>
    public static bool TryCreate(
        LocalDate effectiveFrom,
        string title,
        string source,
        IEnumerable<Agency> agencies,
        IEnumerable<Post> posts,
        IEnumerable<PostHolding> holdings,
        IEnumerable<AccountableLead> leads,
        IEnumerable<Delegation> delegations,
        IEnumerable<Body> bodies,
        IEnumerable<PartnershipLink>? neighbours,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Arrangements? arrangements,
        out IReadOnlyList<ValidationError> errors) =>
        TryCreate(effectiveFrom, title, source, agencies, posts, holdings, leads, delegations, bodies, neighbours, null, out arrangements, out errors);

    /// <summary>
    /// A version with what its own facts (<see cref="BasisFacts"/>) rest on when they are not published, or false with every
    /// problem; see the overload without <paramref name="basis"/>.
    /// </summary>
    public static bool TryCreate(
        LocalDate effectiveFrom,
        string title,
        string source,
        IEnumerable<Agency> agencies,
        IEnumerable<Post> posts,
        IEnumerable<PostHolding> holdings,
        IEnumerable<AccountableLead> leads,
        IEnumerable<Delegation> delegations,
        IEnumerable<Body> bodies,
        IEnumerable<PartnershipLink>? neighbours,
        IEnumerable<FactBasis>? basis,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Arrangements? arrangements,
        out IReadOnlyList<ValidationError> errors)
    {
        var made = new Arrangements(effectiveFrom, title, source, agencies, posts, holdings, leads, delegations, bodies, neighbours, basis, out var found);
        arrangements = found.Count == 0 ? made : null;
        errors = found;
        return arrangements is not null;
    }

    private Arrangements(
        LocalDate effectiveFrom,
        string title,
        string source,
        IEnumerable<Agency> agencies,
        IEnumerable<Post> posts,
        IEnumerable<PostHolding> holdings,
        IEnumerable<AccountableLead> leads,
        IEnumerable<Delegation> delegations,
        IEnumerable<Body> bodies,
        IEnumerable<PartnershipLink>? neighbours,
        IEnumerable<FactBasis>? basis,
        out List<ValidationError> errors)
    {
        Basis = basis is null ? [] : Materialise(basis);
        EffectiveFrom = effectiveFrom;
        Title = Guard.Against.BlankText(title);
        Source = Guard.Against.BlankText(source);
        Agencies = Materialise(agencies);
        Posts = Materialise(posts);
        Holdings = Materialise(holdings);
        Leads = Materialise(leads);
        Delegations = Materialise(delegations);
        Bodies = Materialise(bodies);
        Neighbours = neighbours is null ? [] : Materialise(neighbours);

        errors = ArrangementsValidator.Validate(this);
        for (var i = 0; i < Basis.Length; i++)
        {
            if (!BasisFacts.Contains(Basis[i].Fact))
            {
                errors.Add(new($"basis[{i}].fact", $"'{Echo.Of(Basis[i].Fact)}' is not a fact of a version a basis can be given for; use one of {string.Join(", ", BasisFacts)}."));
            }
            else if (Basis.Take(i).Any(b => b.Fact == Basis[i].Fact))
            {
                errors.Add(new($"basis[{i}].fact", $"'{Basis[i].Fact}' has a basis already; give each fact one."));
            }
        }

        if (errors.Count > 0)
        {
            // Unusable: the lookups below assume sound parts. The public constructor throws and TryCreate discards it.
            _agencyById = FrozenDictionary<string, Agency>.Empty;
            _postById = FrozenDictionary<string, Post>.Empty;
            _bodyById = FrozenDictionary<string, Body>.Empty;
            _seats = FrozenDictionary<string, FrozenDictionary<string, ImmutableArray<int>>>.Empty;
            _seatsByRole = FrozenDictionary<string, FrozenDictionary<(string AgencyId, string Representative), int>>.Empty;
            return;
        }

        _agencyById = Agencies.ToFrozenDictionary(x => x.Id);
        _postById = Posts.ToFrozenDictionary(x => x.Id);
        _bodyById = Bodies.ToFrozenDictionary(x => x.Id);
        _seats = Bodies.ToFrozenDictionary(
            b => b.Id,
            b => b.Members.Select((m, i) => (m.AgencyId, Index: i)).GroupBy(x => x.AgencyId).ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Index).ToImmutableArray()));
        _seatsByRole = Bodies.ToFrozenDictionary(
            b => b.Id,
            b => b.Members.Select((m, i) => (Key: (m.AgencyId, m.Representative), Index: i)).ToFrozenDictionary(x => x.Key, x => x.Index, SeatKey.Comparer));
    }

    /// <summary>
    /// The facts of a version itself that can carry a basis: <c>effectiveFrom</c> (the day it took effect), <c>holdings</c>
    /// (the dates people hold their posts), <c>agencies</c> (the agencies' names and kinds as the library records them).
    /// A body's own facts carry theirs on the body (<see cref="FactBasis.Facts"/>).
    /// </summary>
    public static IReadOnlyList<string> BasisFacts { get; } = ["effectiveFrom", "holdings", "agencies"];

    /// <summary>What this version's own facts rest on when they are not simply published in <see cref="Source"/>: at most one per fact of <see cref="BasisFacts"/>.</summary>
    public ImmutableArray<FactBasis> Basis { get => _basis.Items; private init => _basis = value; }

    private readonly ValueArray<FactBasis> _basis;

    /// <summary>What <paramref name="fact"/> (one of <see cref="BasisFacts"/>) of this version rests on, or null when it is published.</summary>
    public FactBasis? BasisOf(string fact)
    {
        foreach (var basis in Basis)
        {
            if (basis.Fact == fact)
            {
                return basis;
            }
        }

        return null;
    }

    /// <summary>The first day this version is in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>A short title, such as "Arrangements 2020-21".</summary>
    public string Title { get; }

    /// <summary>The publication this version encodes (the citation for everything in it).</summary>
    public string Source { get; }

    /// <summary>The statutory partners and relevant agencies.</summary>
    public ImmutableArray<Agency> Agencies { get => _agencies.Items; private init => _agencies = value; }

    private readonly ValueArray<Agency> _agencies;

    /// <summary>The posts named.</summary>
    public ImmutableArray<Post> Posts { get => _posts.Items; private init => _posts = value; }

    private readonly ValueArray<Post> _posts;

    /// <summary>Who held which post when.</summary>
    public ImmutableArray<PostHolding> Holdings { get => _holdings.Items; private init => _holdings = value; }

    private readonly ValueArray<PostHolding> _holdings;

    /// <summary>The accountable lead of each statutory partner.</summary>
    public ImmutableArray<AccountableLead> Leads { get => _leads.Items; private init => _leads = value; }

    private readonly ValueArray<AccountableLead> _leads;

    /// <summary>The leads' delegations.</summary>
    public ImmutableArray<Delegation> Delegations { get => _delegations.Items; private init => _delegations = value; }

    private readonly ValueArray<Delegation> _delegations;

    /// <summary>The groups of the arrangements.</summary>
    public ImmutableArray<Body> Bodies { get => _bodies.Items; private init => _bodies = value; }

    private readonly ValueArray<Body> _bodies;

    /// <summary>Neighbouring partnerships and how this one works with them.</summary>
    public ImmutableArray<PartnershipLink> Neighbours { get => _neighbours.Items; private init => _neighbours = value; }

    private readonly ValueArray<PartnershipLink> _neighbours;

    /// <summary>The three statutory partners.</summary>
    public IEnumerable<Agency> StatutoryPartners => Agencies.Where(a => a.IsStatutoryPartner);

    /// <summary>The agency with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such agency; the message names the id.</exception>
    public Agency Agency(string id) => Find(_agencyById, id, "agency");

    /// <summary>The post with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such post; the message names the id.</exception>
    public Post Post(string id) => Find(_postById, id, "post");

    /// <summary>The body with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such body; the message names the id.</exception>
    public Body Body(string id) => Find(_bodyById, id, "body");

    /// <summary>True when an agency has id <paramref name="id"/>.</summary>
    public bool HasAgency(string id) => _agencyById.ContainsKey(id);

    /// <summary>True when a body has id <paramref name="id"/>.</summary>
    public bool HasBody(string id) => _bodyById.ContainsKey(id);

    /// <summary>The positions in <see cref="Model.Body.Members"/> of the seats agency <paramref name="agencyId"/> has on body <paramref name="bodyId"/> (empty when none).</summary>
    public ImmutableArray<int> SeatIndexesOf(string bodyId, string agencyId) =>
        _seats.TryGetValue(bodyId, out var byAgency) && byAgency.TryGetValue(agencyId, out var seats) ? seats : [];

    /// <summary>
    /// The position in <see cref="Model.Body.Members"/> of the seat agency <paramref name="agencyId"/> holds on body
    /// <paramref name="bodyId"/> with representative role <paramref name="representative"/> (ignoring case), or -1 when there is none.
    /// </summary>
    public int SeatIndexOf(string bodyId, string agencyId, string representative) =>
        _seatsByRole.TryGetValue(bodyId, out var byRole) && byRole.TryGetValue((agencyId, representative), out var index) ? index : -1;

    /// <summary>The holdings of <paramref name="postId"/> in force on <paramref name="date"/> (usually one; none when vacant or unrecorded).</summary>
    public IEnumerable<PostHolding> HoldersOn(string postId, LocalDate date) =>
        Holdings.Where(h => h.PostId == postId && h.Period.Contains(date));

    /// <summary>The bodies in existence on <paramref name="date"/>.</summary>
    public IEnumerable<Body> BodiesOn(LocalDate date) => Bodies.Where(b => b.Period.Contains(date));

    /// <summary>Equal when both take effect on the same day with the same title, source and lists (item by item, in order).</summary>
    public static bool operator ==(Arrangements? left, Arrangements? right) => Equals(left, right);

    /// <summary>Unequal when anything in <see cref="operator ==(Arrangements?, Arrangements?)"/> differs.</summary>
    public static bool operator !=(Arrangements? left, Arrangements? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(Arrangements? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (EffectiveFrom == other.EffectiveFrom && Title == other.Title && Source == other.Source
                && _agencies == other._agencies && _posts == other._posts && _holdings == other._holdings && _leads == other._leads
                && _delegations == other._delegations && _bodies == other._bodies && _neighbours == other._neighbours && _basis == other._basis));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Arrangements);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EffectiveFrom, Title, Source, _agencies, _bodies);

    private static ImmutableArray<T> Materialise<T>(IEnumerable<T> items)
        where T : class
    {
        Guard.Against.Null(items);
        var array = items.ToImmutableArray();
        Guard.Against.Unmet(array.All(x => x is not null), $"A list of {typeof(T).Name} contains a null.", parameterName: nameof(items));
        return array;
    }

    private static T Find<T>(FrozenDictionary<string, T> map, string id, string what)
    {
        Guard.Against.Null(id);
        return map.TryGetValue(id, out var found)
            ? found
            : throw new KeyNotFoundException($"There is no {what} '{id}' in these arrangements.");
    }
}
