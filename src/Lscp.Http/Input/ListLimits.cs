using Lscp.Adapters;
using Lscp.Contracts;
using Lscp.Contracts.Documents;
using Lscp.Http.Problems;

namespace Lscp.Http.Input;

/// <summary>
/// Finds a request body whose lists hold more than <see cref="LscpOptions.MaxListItems"/> items, naming the list. Walks the
/// known document types directly (no reflection), since it runs on every POST.
/// </summary>
internal static class ListLimits
{
    public static void Check(QuorumRequest request, InputProblems errors, LscpOptions options)
    {
        var max = options.MaxListItems;
        Check(request.Arrangements, "$.arrangements", errors, max);
        Count(request.Meeting?.Attendance, "$.meeting.attendance", errors, max);
    }

    public static void Check(DeadlinesRequest request, InputProblems errors, LscpOptions options)
    {
        var max = options.MaxListItems;
        Count(request.YearlyReports, "$.yearlyReports", errors, options.MaxYearlyReports);
        Count(request.Incident?.LocalReview?.Delays, "$.incident.localReview.delays", errors, max);
        Check(request.Rulebook, errors, max);
    }

    public static void Check(ComplianceRequest request, InputProblems errors, LscpOptions options)
    {
        var max = options.MaxListItems;
        Check(request.Arrangements, "$.arrangements", errors, max);
        Check(request.Rulebook, errors, max);
        if (request.Records is not { } records)
        {
            return;
        }

        Count(records.Meetings, "$.records.meetings", errors, max);
        Count(records.Decisions, "$.records.decisions", errors, max);
        Count(records.Incidents, "$.records.incidents", errors, options.MaxIncidents);
        Count(records.YearlyReports, "$.records.yearlyReports", errors, options.MaxYearlyReports);
        Each(records.Meetings, "$.records.meetings", (m, p) => Count(m.Attendance, $"{p}.attendance", errors, max));
        Each(records.Incidents, "$.records.incidents", (i, p) => Count(i.LocalReview?.Delays, $"{p}.localReview.delays", errors, max));
        Count(records.Documents, "$.records.documents", errors, max);
        Count(records.Scrutiny, "$.records.scrutiny", errors, max);
        Count(records.ScrutinyReports, "$.records.scrutinyReports", errors, max);
        Count(records.DeathReviews, "$.records.deathReviews", errors, options.MaxIncidents);
        Count(records.DeathReviewReports, "$.records.deathReviewReports", errors, options.MaxYearlyReports);
        Each(records.Documents, "$.records.documents", (d, p) => Count(d.SignOffs, $"{p}.signOffs", errors, max));
        Each(records.YearlyReports, "$.records.yearlyReports", (y, p) => Count(y.Contents, $"{p}.contents", errors, max));
        Count(records.Recommendations, "$.records.recommendations", errors, max);
        Each(records.Recommendations, "$.records.recommendations", (r, p) => Count(r.Actions, $"{p}.actions", errors, max));
        Count(records.Audits, "$.records.audits", errors, max);
        Each(records.Audits, "$.records.audits", (a, p) =>
        {
            Count(a.Methods, $"{p}.methods", errors, max);
            Count(a.Findings, $"{p}.findings", errors, max);
        });
    }

    private static void Check(RulebookDocument? rulebook, InputProblems errors, int max)
    {
        Count(rulebook?.Settings, "$.rulebook.settings", errors, max);
        Count(rulebook?.Suspensions, "$.rulebook.suspensions", errors, max);
    }

    private static void Check(PartnershipDocument? document, string path, InputProblems errors, int max)
    {
        if (document is null)
        {
            return;
        }

        Count(document.Areas, $"{path}.areas", errors, max);
        Count(document.Versions, $"{path}.versions", errors, max);
        Each(document.Versions, $"{path}.versions", (v, p) =>
        {
            Count(v.Agencies, $"{p}.agencies", errors, max);
            Count(v.Posts, $"{p}.posts", errors, max);
            Count(v.Holdings, $"{p}.holdings", errors, max);
            Count(v.Leads, $"{p}.leads", errors, max);
            Count(v.Delegations, $"{p}.delegations", errors, max);
            Count(v.Bodies, $"{p}.bodies", errors, max);
            Count(v.Neighbours, $"{p}.neighbours", errors, max);
            Each(v.Delegations, $"{p}.delegations", (d, dp) => Count(d.Functions, $"{dp}.functions", errors, max));
            Each(v.Bodies, $"{p}.bodies", (b, bp) =>
            {
                Count(b.Members, $"{bp}.members", errors, max);
                Count(b.ReportsTo, $"{bp}.reportsTo", errors, max);
                Count(b.Chair?.Order, $"{bp}.chair.order", errors, max);
            });
        });
    }

    private static void Count<T>(IReadOnlyCollection<T>? list, string path, InputProblems errors, int max)
    {
        if (list is { Count: var count } && count > max)
        {
            errors.Invalid(path, $"holds {count} items; at most {max} are accepted here.");
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
