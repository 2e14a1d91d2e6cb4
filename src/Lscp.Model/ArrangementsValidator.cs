namespace Lscp.Model;

/// <summary>
/// The checks that span a whole version of the arrangements: every reference resolves, ids are unique, delegations of one
/// partner do not overlap, a chair rotation names only members. Paths are relative (<c>bodies[2].members[0].agency</c>);
/// the document reader prefixes them with the version's own path.
/// </summary>
internal static class ArrangementsValidator
{
    public static List<ValidationError> Validate(Arrangements a)
    {
        var errors = new List<ValidationError>();
        void Error(string path, string message) => errors.Add(new(path, message));

        var agencies = UniqueIds(a.Agencies, x => x.Id, "agencies", errors);
        var posts = UniqueIds(a.Posts, x => x.Id, "posts", errors);
        var bodies = UniqueIds(a.Bodies, x => x.Id, "bodies", errors);
        UniqueIds(a.Delegations, x => x.Id, "delegations", errors);

        for (var i = 0; i < a.Posts.Length; i++)
        {
            if (!agencies.ContainsKey(a.Posts[i].AgencyId))
            {
                Error($"posts[{i}].agency", $"unknown agency '{a.Posts[i].AgencyId}'.");
            }
        }

        for (var i = 0; i < a.Holdings.Length; i++)
        {
            if (!posts.ContainsKey(a.Holdings[i].PostId))
            {
                Error($"holdings[{i}].post", $"unknown post '{a.Holdings[i].PostId}'.");
            }
        }

        var leadByPartner = new Dictionary<string, AccountableLead>();
        for (var i = 0; i < a.Leads.Length; i++)
        {
            var lead = a.Leads[i];
            if (!agencies.TryGetValue(lead.PartnerAgencyId, out var partner))
            {
                Error($"leads[{i}].partner", $"unknown agency '{lead.PartnerAgencyId}'.");
            }
            else if (!partner.IsStatutoryPartner)
            {
                Error($"leads[{i}].partner", $"'{lead.PartnerAgencyId}' is not a statutory partner; only the three statutory partners have accountable leads.");
            }

            if (!posts.TryGetValue(lead.PostId, out var post))
            {
                Error($"leads[{i}].post", $"unknown post '{lead.PostId}'.");
            }
            else if (post.AgencyId != lead.PartnerAgencyId)
            {
                Error($"leads[{i}].post", $"post '{lead.PostId}' belongs to '{post.AgencyId}', not to the partner '{lead.PartnerAgencyId}'.");
            }

            if (!leadByPartner.TryAdd(lead.PartnerAgencyId, lead))
            {
                Error($"leads[{i}].partner", $"'{lead.PartnerAgencyId}' already has an accountable lead; a partner has one.");
            }
        }

        foreach (var partner in a.Agencies.Where(x => x.IsStatutoryPartner && !leadByPartner.ContainsKey(x.Id)))
        {
            Error("leads", $"statutory partner '{partner.Id}' has no accountable lead.");
        }

        for (var i = 0; i < a.Delegations.Length; i++)
        {
            var d = a.Delegations[i];
            if (!agencies.TryGetValue(d.PartnerAgencyId, out var partner) || !partner.IsStatutoryPartner)
            {
                Error($"delegations[{i}].partner", $"'{d.PartnerAgencyId}' is not a statutory partner of these arrangements.");
            }

            if (!posts.TryGetValue(d.DelegatePostId, out var post))
            {
                Error($"delegations[{i}].delegate", $"unknown post '{d.DelegatePostId}'.");
            }
            else if (post.AgencyId != d.PartnerAgencyId)
            {
                Error($"delegations[{i}].delegate", $"post '{d.DelegatePostId}' belongs to '{post.AgencyId}'; a lead can delegate only within its own agency '{d.PartnerAgencyId}'.");
            }

            for (var j = 0; j < i; j++)
            {
                var other = a.Delegations[j];
                if (other.PartnerAgencyId == d.PartnerAgencyId && other.Period.Overlaps(d.Period))
                {
                    Error($"delegations[{i}]", $"overlaps delegation '{other.Id}' ({other.Period}) for the same partner '{d.PartnerAgencyId}'; a partner has one delegate at a time.");
                }
            }
        }

        for (var i = 0; i < a.Bodies.Length; i++)
        {
            ValidateBody(a.Bodies[i], $"bodies[{i}]", agencies.Keys.ToHashSet(), bodies.Keys.ToHashSet(), errors);
        }

        return errors;
    }

    private static void ValidateBody(Body body, string path, HashSet<string> agencies, HashSet<string> bodies, List<ValidationError> errors)
    {
        // Case is ignored, as attendance records match seats ignoring it: two seats differing only in case could not be told apart.
        var seats = new HashSet<(string, string)>(SeatKey.Comparer);
        for (var m = 0; m < body.Members.Length; m++)
        {
            var member = body.Members[m];
            if (!agencies.Contains(member.AgencyId))
            {
                errors.Add(new($"{path}.members[{m}].agency", $"unknown agency '{member.AgencyId}'."));
            }

            if (!seats.Add((member.AgencyId, member.Representative)))
            {
                errors.Add(new($"{path}.members[{m}]", $"'{member.AgencyId}' ({Echo.Of(member.Representative)}) is a member twice."));
            }
        }

        var memberAgencies = body.Members.Select(m => m.AgencyId).ToHashSet();
        switch (body.Chair)
        {
            case FixedChair fixedChair when !memberAgencies.Contains(fixedChair.AgencyId):
                errors.Add(new($"{path}.chair.agency", $"the chair '{fixedChair.AgencyId}' is not a member of '{body.Id}'."));
                break;
            case RotatingChair rotation:
                for (var r = 0; r < rotation.Order.Length; r++)
                {
                    if (!memberAgencies.Contains(rotation.Order[r]))
                    {
                        errors.Add(new($"{path}.chair.order[{r}]", $"the rotation names '{rotation.Order[r]}', which is not a member of '{body.Id}'."));
                    }
                }

                break;
        }

        for (var r = 0; r < body.ReportsTo.Length; r++)
        {
            if (body.ReportsTo[r] == body.Id)
            {
                errors.Add(new($"{path}.reportsTo[{r}]", $"'{body.Id}' cannot report to itself."));
            }
            else if (!bodies.Contains(body.ReportsTo[r]))
            {
                errors.Add(new($"{path}.reportsTo[{r}]", $"unknown body '{body.ReportsTo[r]}'."));
            }
        }
    }

    private static Dictionary<string, T> UniqueIds<T>(IReadOnlyList<T> items, Func<T, string> id, string path, List<ValidationError> errors)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!byId.TryAdd(id(items[i]), items[i]))
            {
                errors.Add(new($"{path}[{i}].id", $"duplicate id '{id(items[i])}'."));
            }
        }

        return byId;
    }
}
