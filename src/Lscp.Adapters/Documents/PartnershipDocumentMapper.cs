using Lscp.Contracts;
using NodaTime;
using NodaTime.Text;
using Lscp.Contracts.Documents;

using Lscp.Model;
using AgencyKind = Lscp.Model.AgencyKind;
using Provenance = Lscp.Model.Provenance;

namespace Lscp.Adapters;

/// <summary>
/// Turns a <see cref="PartnershipDocument"/> into a <see cref="Partnership"/>, collecting every problem with its JSON path
/// instead of stopping at the first; and back again. Field checks live in the model's own constructors: this class
/// only attaches the path to what they reject.
/// </summary>
internal sealed class PartnershipDocumentMapper : DocumentReader
{
    /// <summary>The format version this release reads and writes.</summary>
    public const int FormatVersion = 1;

    private PartnershipDocumentMapper()
    {
    }

    public static Partnership? ToModel(PartnershipDocument document, out IReadOnlyList<ValidationError> errors)
    {
        var mapper = new PartnershipDocumentMapper();
        var partnership = mapper.Partnership(document);
        errors = mapper.Errors;
        return mapper.Errors.Count == 0 ? partnership : null;
    }

    public static PartnershipDocument ToDocument(Partnership partnership) => new()
    {
        FormatVersion = FormatVersion,
        Id = partnership.Id,
        Name = partnership.Name,
        Areas = [.. partnership.Areas],
        Versions = [.. partnership.Versions.Select(ToDocument)],
    };

    private Partnership? Partnership(PartnershipDocument d)
    {
        if (d.FormatVersion is null)
        {
            Error("$.formatVersion", $"is required; this release reads format version {FormatVersion}.");
        }
        else if (d.FormatVersion != FormatVersion)
        {
            Error("$.formatVersion", $"format version {d.FormatVersion} is not supported; this release reads format version {FormatVersion}.");
        }

        var id = Id(d.Id, "$.id");
        var name = Text(d.Name, "$.name");
        var areas = Each(d.Areas, "$.areas", (a, p) => Text(a, p), required: true);
        var versions = Each(d.Versions, "$.versions", Arrangements, required: true);
        if (d.Versions is { Count: 0 })
        {
            Error("$.versions", "must hold at least one version of the arrangements.");
        }

        var dates = d.Versions?.Select((v, i) => (v?.EffectiveFrom, i)).Where(x => x.EffectiveFrom is not null).GroupBy(x => x.EffectiveFrom) ?? [];
        foreach (var duplicate in dates.Where(g => g.Count() > 1))
        {
            Error($"$.versions[{duplicate.Last().i}].effectiveFrom", $"another version also takes effect on {duplicate.Key}.");
        }

        return Errors.Count == 0 ? (Holds(Model.Partnership.Check(id!, areas, [.. versions.OrderBy(v => v.EffectiveFrom)]), "$") ? new Partnership(id!, name!, areas, versions!) : null) : null;
    }

    private Arrangements? Arrangements(ArrangementsDocument v, DocumentPath path)
    {
        var before = Errors.Count;
        var effectiveFrom = Date(v.EffectiveFrom, $"{path}.effectiveFrom", required: true);
        var title = Text(v.Title, $"{path}.title");
        var source = Text(v.Source, $"{path}.source");
        var agencies = Each(v.Agencies, $"{path}.agencies", Agency, required: true);
        var posts = Each(v.Posts, $"{path}.posts", Post);
        var holdings = Each(v.Holdings, $"{path}.holdings", Holding);
        var leads = Each(v.Leads, $"{path}.leads", Lead);
        var delegations = Each(v.Delegations, $"{path}.delegations", Delegation);
        var bodies = Each(v.Bodies, $"{path}.bodies", Body);
        var neighbours = Each(v.Neighbours, $"{path}.neighbours", (n, p) =>
            Text(n.Partnership, $"{p}.partnership") is { } partnership && Text(n.Relationship, $"{p}.relationship") is { } relationship
                ? new PartnershipLink(partnership, relationship)
                : null);
        var basis = Each(v.Basis, $"{path}.basis", (x, p) =>
            Text(x.Fact, $"{p}.fact") is { } fact && Enum<Provenance>(x.Provenance, $"{p}.provenance") is { } provenance && Text(x.Note, $"{p}.note") is { } note
                ? new FactBasis(fact, provenance, note)
                : null);
        if (Errors.Count > before)
        {
            // The cross-reference checks would only repeat what is already reported.
            return null;
        }

        if (Model.Arrangements.TryCreate(effectiveFrom!.Value, title!, source!, agencies, posts, holdings, leads, delegations, bodies, neighbours, basis, out var arrangements, out var errors))
        {
            return arrangements;
        }

        Error(errors.Select(x => new ValidationError($"{path}.{x.Path}", x.Message)));
        return null;
    }

    private Agency? Agency(AgencyDocument a, DocumentPath path)
    {
        var before = Errors.Count;
        var id = Id(a.Id, $"{path}.id");
        var name = Text(a.Name, $"{path}.name");
        var kind = Enum<AgencyKind>(a.Kind, $"{path}.kind");
        var role = Enum<AgencyRole>(a.Role, $"{path}.role");
        var ceasedOn = Date(a.CeasedOn, $"{path}.ceasedOn", required: false);
        var ceasedSource = a.CeasedOn is null && a.CeasedSource is null ? null : Text(a.CeasedSource, $"{path}.ceasedSource");
        var ceased = ceasedOn is { } on && ceasedSource is not null ? new AgencyCeased(on, ceasedSource) : null;
        var schedule = a.Schedule is { } listing ? Listing(listing, $"{path}.schedule") : null;
        return Errors.Count > before ? null : (Holds(Model.Agency.Check(id!, kind!.Value, role!.Value, schedule), path) ? new Agency(id!, name!, kind!.Value, role!.Value, ceased, schedule) : null);
    }

    private ScheduleListing? Listing(ScheduleListingDocument s, DocumentPath path)
    {
        var before = Errors.Count;
        if (s.Paragraphs is null)
        {
            Error($"{path}.paragraphs", "is required: the Schedule paragraphs, or [] for an agency named outside the Schedule.");
        }

        var provenance = Enum<Provenance>(s.Provenance, $"{path}.provenance");
        var note = Text(s.Note, $"{path}.note");
        return Errors.Count > before ? null : (Holds(ScheduleListing.Check(s.Paragraphs!), path) ? new ScheduleListing(s.Paragraphs!, provenance!.Value, note!) : null);
    }

    private Post? Post(PostDocument p, DocumentPath path)
    {
        var before = Errors.Count;
        var id = Id(p.Id, $"{path}.id");
        var agency = Id(p.Agency, $"{path}.agency");
        var title = Text(p.Title, $"{path}.title");
        return Errors.Count > before ? null : new Post(id!, agency!, title!);
    }

    private PostHolding? Holding(HoldingDocument h, DocumentPath path)
    {
        var before = Errors.Count;
        var post = Id(h.Post, $"{path}.post");
        var person = h.Person is null ? null : Text(h.Person, $"{path}.person");
        var period = Period(h.From, h.To, path);
        var source = Text(h.Source, $"{path}.source");
        return Errors.Count > before ? null : new PostHolding(post!, person, period!.Value, source!);
    }

    private AccountableLead? Lead(LeadDocument l, DocumentPath path)
    {
        var before = Errors.Count;
        var partner = Id(l.Partner, $"{path}.partner");
        var post = Id(l.Post, $"{path}.post");
        return Errors.Count > before ? null : new AccountableLead(partner!, post!);
    }

    private Delegation? Delegation(DelegationDocument d, DocumentPath path)
    {
        var before = Errors.Count;
        var id = Id(d.Id, $"{path}.id");
        var partner = Id(d.Partner, $"{path}.partner");
        var delegatePost = Id(d.Delegate, $"{path}.delegate");
        var period = Period(d.From, d.To, path);
        var functions = Each(d.Functions, $"{path}.functions", (f, p) => Text(f, p), required: true);
        return Errors.Count > before ? null : (Holds(Model.Delegation.Check(id!, functions), path) ? new Delegation(id!, partner!, delegatePost!, period!.Value, functions) : null);
    }

    private Body? Body(BodyDocument b, DocumentPath path)
    {
        var before = Errors.Count;
        var id = Id(b.Id, $"{path}.id");
        var name = Text(b.Name, $"{path}.name");
        var kind = Enum<BodyKind>(b.Kind, $"{path}.kind");
        var period = Period(b.From, b.To, path);
        var members = Each(b.Members, $"{path}.members", Member);
        var chair = b.Chair is null ? null : Chair(b.Chair, $"{path}.chair");
        var cadence = b.MeetingsPerYear is { } perYear ? (Holds(MeetingCadence.Check(perYear), path) ? new MeetingCadence(perYear) : null) : null;
        var quorum = b.Quorum is not { } q ? null : (Holds(QuorumRule.Check(q.MinimumMembers ?? 0, q.MinimumAgencies ?? 0), $"{path}.quorum") ? new QuorumRule(q.RequireAllStatutoryPartners ?? true, q.MinimumMembers ?? 0, q.MinimumAgencies ?? 0, q.ChairMustBePresent ?? false) : null);
        var reportsTo = Each(b.ReportsTo, $"{path}.reportsTo", (r, p) => Id(r, p));
        var notes = b.Notes is null ? null : Text(b.Notes, $"{path}.notes");
        var basis = Each(b.Basis, $"{path}.basis", (x, p) =>
            Text(x.Fact, $"{p}.fact") is { } fact && Enum<Provenance>(x.Provenance, $"{p}.provenance") is { } provenance && Text(x.Note, $"{p}.note") is { } note
                ? new FactBasis(fact, provenance, note)
                : null);
        return Errors.Count > before ? null : (Holds([.. Model.Body.Check(id!, kind!.Value, period!.Value), .. Model.Body.CheckBasis(basis)], path, ("period", "to")) ? new Body(id!, name!, kind!.Value, period!.Value, members, chair, cadence, quorum, reportsTo, notes, basis) : null);
    }

    private Membership? Member(MemberDocument m, DocumentPath path)
    {
        var before = Errors.Count;
        var agency = Id(m.Agency, $"{path}.agency");
        var representative = Text(m.Representative, $"{path}.representative");
        var kind = m.Kind is null ? MembershipKind.Core : Enum<MembershipKind>(m.Kind, $"{path}.kind");
        var deputies = m.Deputies is null ? DeputyPolicy.Allowed : Enum<DeputyPolicy>(m.Deputies, $"{path}.deputies");
        return Errors.Count > before ? null : new Membership(agency!, representative!, kind!.Value, deputies!.Value);
    }

    private ChairArrangement? Chair(ChairDocument c, DocumentPath path)
    {
        var before = Errors.Count;
        void NotFor(string type, string field, object? value)
        {
            if (value is not null)
            {
                Error($"{path}.{field}", $"does not apply to a {type} chair.");
            }
        }

        switch (c.Type)
        {
            case "fixed":
                var agency = Id(c.Agency, $"{path}.agency");
                var post = c.Post is null ? null : Id(c.Post, $"{path}.post");
                NotFor("fixed", "order", c.Order);
                NotFor("fixed", "yearStarts", c.YearStarts);
                NotFor("fixed", "firstAgencyYear", c.FirstAgencyYear);
                NotFor("fixed", "person", c.Person);
                return Errors.Count > before ? null : new FixedChair(agency!, post);
            case "rotating":
                var order = Each(c.Order, $"{path}.order", (o, p) => Id(o, p), required: true);
                var yearStarts = AnnualDate(c.YearStarts, $"{path}.yearStarts");
                if (c.FirstAgencyYear is null)
                {
                    Error($"{path}.firstAgencyYear", "is required: a year whose rotation year is chaired by the first agency in 'order'.");
                }

                NotFor("rotating", "agency", c.Agency);
                NotFor("rotating", "post", c.Post);
                NotFor("rotating", "person", c.Person);
                return Errors.Count > before ? null : (Holds(RotatingChair.Check(order, c.FirstAgencyYear!.Value), path) ? new RotatingChair(order, yearStarts!.Value, c.FirstAgencyYear!.Value) : null);
            case "independent":
                var person = c.Person is null ? null : Text(c.Person, $"{path}.person");
                NotFor("independent", "agency", c.Agency);
                NotFor("independent", "order", c.Order);
                NotFor("independent", "yearStarts", c.YearStarts);
                NotFor("independent", "firstAgencyYear", c.FirstAgencyYear);
                return Errors.Count > before ? null : new IndependentChair(person);
            case null:
                Error($"{path}.type", "is required: fixed, rotating or independent.");
                return null;
            default:
                Error($"{path}.type", $"'{Echo.Of(c.Type)}' is not a chair type; expected fixed, rotating or independent.");
                return null;
        }
    }

    public static ArrangementsDocument ToDocument(Arrangements a) => new()
    {
        EffectiveFrom = Format(a.EffectiveFrom),
        Title = a.Title,
        Source = a.Source,
        Agencies = [.. a.Agencies.Select(x => new AgencyDocument { Id = x.Id, Name = x.Name, Kind = EnumNames.NameOf<AgencyKind>(x.Kind), Role = EnumNames.NameOf<AgencyRole>(x.Role), CeasedOn = Format(x.Ceased?.On), CeasedSource = x.Ceased?.Source, Schedule = x.Schedule is { } l ? new ScheduleListingDocument { Paragraphs = [.. l.Paragraphs], Provenance = EnumNames.NameOf<Provenance>(l.Provenance), Note = l.Note } : null })],
        Posts = [.. a.Posts.Select(x => new PostDocument { Id = x.Id, Agency = x.AgencyId, Title = x.Title })],
        Holdings = [.. a.Holdings.Select(x => new HoldingDocument { Post = x.PostId, Person = x.Person, From = Format(x.Period.Start), To = Format(x.Period.End), Source = x.Source })],
        Leads = [.. a.Leads.Select(x => new LeadDocument { Partner = x.PartnerAgencyId, Post = x.PostId })],
        Delegations = [.. a.Delegations.Select(x => new DelegationDocument { Id = x.Id, Partner = x.PartnerAgencyId, Delegate = x.DelegatePostId, From = Format(x.Period.Start), To = Format(x.Period.End), Functions = [.. x.Functions] })],
        Bodies = [.. a.Bodies.Select(ToDocument)],
        Neighbours = [.. a.Neighbours.Select(x => new NeighbourDocument { Partnership = x.PartnershipName, Relationship = x.Relationship })],
        Basis = a.Basis.IsEmpty ? null : [.. a.Basis.Select(x => new VersionBasisDocument { Fact = x.Fact, Provenance = EnumNames.NameOf<Provenance>(x.Provenance), Note = x.Note })],
    };

    private static BodyDocument ToDocument(Body b) => new()
    {
        Id = b.Id,
        Name = b.Name,
        Kind = EnumNames.NameOf<BodyKind>(b.Kind),
        From = Format(b.Period.Start),
        To = Format(b.Period.End),
        Members = [.. b.Members.Select(m => new MemberDocument { Agency = m.AgencyId, Representative = m.Representative, Kind = EnumNames.NameOf<MembershipKind>(m.Kind), Deputies = EnumNames.NameOf<DeputyPolicy>(m.Deputies) })],
        Chair = b.Chair switch
        {
            FixedChair f => new ChairDocument { Type = "fixed", Agency = f.AgencyId, Post = f.PostId },
            RotatingChair r => new ChairDocument { Type = "rotating", Order = [.. r.Order], YearStarts = AnnualDatePattern.Iso.Format(r.YearStart), FirstAgencyYear = r.FirstAgencyYear },
            IndependentChair i => new ChairDocument { Type = "independent", Person = i.Person },
            _ => null,
        },
        MeetingsPerYear = b.Cadence?.MeetingsPerYear,
        Quorum = b.Quorum is { } q ? new QuorumDocument { RequireAllStatutoryPartners = q.RequireAllStatutoryPartners, MinimumMembers = q.MinimumMembers, MinimumAgencies = q.MinimumAgencies, ChairMustBePresent = q.ChairMustBePresent } : null,
        ReportsTo = b.ReportsTo.IsEmpty ? null : [.. b.ReportsTo],
        Notes = b.Notes,
        Basis = b.Basis.IsEmpty ? null : [.. b.Basis.Select(x => new BasisDocument { Fact = x.Fact, Provenance = EnumNames.NameOf<Provenance>(x.Provenance), Note = x.Note })],
    };

}
