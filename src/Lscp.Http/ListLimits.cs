using System.Collections;
using Lscp.Client.Contracts;
using Lscp.Http.Problems;
using Lscp.Model.Serialization;

namespace Lscp.Http;

/// <summary>
/// Refuses a request body whose lists hold more than <see cref="LscpOptions.MaxListItems"/> items, naming the list. Walks the
/// known document types directly (no reflection), since it runs on every POST.
/// </summary>
internal static class ListLimits
{
    public static void Check(QuorumRequest request, int max)
    {
        Check(request.Arrangements, "$.arrangements", max);
        Count(request.Meeting?.Attendance, "$.meeting.attendance", max);
    }

    public static void Check(DeadlinesRequest request, int max)
    {
        Count(request.YearlyReports, "$.yearlyReports", max);
        Count(request.Incident?.LocalReview?.Pauses, "$.incident.localReview.pauses", max);
        Check(request.Rulebook, max);
    }

    public static void Check(ComplianceRequest request, int max)
    {
        Check(request.Arrangements, "$.arrangements", max);
        Check(request.Rulebook, max);
        if (request.Records is not { } records)
        {
            return;
        }

        Count(records.Meetings, "$.records.meetings", max);
        Count(records.Decisions, "$.records.decisions", max);
        Count(records.Incidents, "$.records.incidents", max);
        Count(records.YearlyReports, "$.records.yearlyReports", max);
        Each(records.Meetings, "$.records.meetings", (m, p) => Count(m.Attendance, $"{p}.attendance", max));
        Each(records.Incidents, "$.records.incidents", (i, p) => Count(i.LocalReview?.Pauses, $"{p}.localReview.pauses", max));
    }

    private static void Check(Lscp.Rules.Catalogue.RulebookDocument? rulebook, int max)
    {
        Count(rulebook?.Settings, "$.rulebook.settings", max);
        Count(rulebook?.Suspensions, "$.rulebook.suspensions", max);
    }

    private static void Check(PartnershipDocument? document, string path, int max)
    {
        if (document is null)
        {
            return;
        }

        Count(document.Areas, $"{path}.areas", max);
        Count(document.Versions, $"{path}.versions", max);
        Each(document.Versions, $"{path}.versions", (v, p) =>
        {
            Count(v.Agencies, $"{p}.agencies", max);
            Count(v.Posts, $"{p}.posts", max);
            Count(v.Holdings, $"{p}.holdings", max);
            Count(v.Leads, $"{p}.leads", max);
            Count(v.Delegations, $"{p}.delegations", max);
            Count(v.Bodies, $"{p}.bodies", max);
            Count(v.Neighbours, $"{p}.neighbours", max);
            Each(v.Delegations, $"{p}.delegations", (d, dp) => Count(d.Functions, $"{dp}.functions", max));
            Each(v.Bodies, $"{p}.bodies", (b, bp) =>
            {
                Count(b.Members, $"{bp}.members", max);
                Count(b.ReportsTo, $"{bp}.reportsTo", max);
                Count(b.Chair?.Order, $"{bp}.chair.order", max);
            });
        });
    }

    private static void Count(ICollection? list, string path, int max)
    {
        if (list is { Count: var count } && count > max)
        {
            throw LscpRequestException.Invalid(path, $"holds {count} items; at most {max} are accepted in one list.");
        }
    }

    private static void Each<T>(List<T>? list, string path, Action<T, string> check)
    {
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            if (list![i] is { } item)
            {
                check(item, $"{path}[{i}]");
            }
        }
    }
}
