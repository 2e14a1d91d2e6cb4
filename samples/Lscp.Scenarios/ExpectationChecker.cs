using Lscp.Adapters;
using System.Globalization;
using Lscp.Contracts;
using Lscp.Contracts.Documents;
using Lscp.Rules.Catalogue;

namespace Lscp.Scenarios;

/// <summary>Checks a scenario's expectations against its report, in the report's one shape (the service's answer).</summary>
public static class ExpectationChecker
{
    private static readonly HashSet<string> RuleIds = [.. RuleCatalogue.All.Select(r => r.Id)];

    /// <summary>Adds to <paramref name="errors"/> every expectation that cannot be checked (unknown rule, verdict, severity, status or a bad date).</summary>
    public static void Validate(ExpectDocument? expect, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (expect is null)
        {
            return;
        }

        if (expect.Verdict is { } verdict && Parse<Verdict>(verdict) is null)
        {
            errors.Add($"$.expect.verdict: '{verdict}' is not one of {Names<Verdict>()}.");
        }

        for (var i = 0; i < (expect.Findings?.Count ?? 0); i++)
        {
            var f = expect.Findings![i];
            Rule(f.Rule, $"$.expect.findings[{i}].rule", errors);
            SubjectOf(f.Subject, $"$.expect.findings[{i}].subject", "meeting:executive-2024-09-10", errors);

            if (f.Severity is { } severity && Parse<Severity>(severity) is null)
            {
                errors.Add($"$.expect.findings[{i}].severity: '{severity}' is not one of {Names<Severity>()}.");
            }
        }

        for (var i = 0; i < (expect.Deadlines?.Count ?? 0); i++)
        {
            var d = expect.Deadlines![i];
            Rule(d.Rule, $"$.expect.deadlines[{i}].rule", errors);
            SubjectOf(d.Subject, $"$.expect.deadlines[{i}].subject", "incident:LSCP-2024-002", errors);

            ScenarioReader.Date(d.Due, $"$.expect.deadlines[{i}].due", errors, required: false);
            if (d.Status is { } status && Parse<DeadlineStatus>(status) is null)
            {
                errors.Add($"$.expect.deadlines[{i}].status: '{status}' is not one of {Names<DeadlineStatus>()}.");
            }
        }
    }

    /// <summary>Every expectation of <paramref name="expect"/> checked against <paramref name="report"/>.</summary>
    public static IReadOnlyList<ExpectationResult> Check(ExpectDocument? expect, ComplianceResponse report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var results = new List<ExpectationResult>();
        if (expect is null)
        {
            return results;
        }

        if (expect.Verdict is { } verdict)
        {
            var wanted = Parse<Verdict>(verdict)!.Value;
            results.Add(new("verdict", wanted == report.Verdict, Name(wanted), Name(report.Verdict)));
        }

        var found = report.Findings;
        foreach (var f in expect.Findings ?? [])
        {
            var matches = found.Where(x => x.RuleId == f.Rule && x.Subject == f.Subject).ToList();
            var severity = f.Severity is null ? null : Parse<Severity>(f.Severity);
            var passed = matches.Count > 0 && (severity is null || matches.Any(m => m.Severity == severity)) && (f.ToConfirm is not { } confirm || matches.Any(m => m.CountsInVerdict() != confirm));
            results.Add(new($"finding {f.Rule} {f.Subject}", passed, (severity is null ? "found" : Name(severity.Value)) + (f.ToConfirm is { } c ? (c ? ", to confirm" : ", on published facts") : string.Empty),
                matches.Count == 0 ? "not found" : string.Join(", ", matches.Select(m => Name(m.Severity) + (f.ToConfirm is null ? string.Empty : m.CountsInVerdict() ? ", on published facts" : ", to confirm")))));
        }

        if (expect.Findings is not null && expect.NoOtherFindings != false)
        {
            var listed = expect.Findings.Select(f => (f.Rule, f.Subject)).ToHashSet();
            var others = found.Where(x => x.Severity != Severity.Information && !listed.Contains((x.RuleId, x.Subject))).ToList();
            results.Add(new("no other breaches or warnings", others.Count == 0, "none",
                others.Count == 0 ? "none" : string.Join("; ", others.Select(o => $"{o.RuleId} {o.Subject} ({Name(o.Severity)})"))));
        }

        foreach (var d in expect.Deadlines ?? [])
        {
            var clock = report.Deadlines.FirstOrDefault(x => x.RuleId == d.Rule && x.Subject == d.Subject);
            if (d.Due is { } due)
            {
                results.Add(new($"deadline {d.Rule} {d.Subject} due", clock?.DueOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) == due, due,
                    clock is null ? "no such clock" : clock.DueOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "not known"));
            }

            if (d.Status is { } status)
            {
                var wanted = Parse<DeadlineStatus>(status)!.Value;
                results.Add(new($"deadline {d.Rule} {d.Subject} status", clock?.Status == wanted, Name(wanted), clock is null ? "no such clock" : Name(clock.Status)));
            }
        }

        if (expect.Measures is { } m)
        {
            var actual = report.Measures;
            void Measure(string name, object? wanted, object value)
            {
                if (wanted is not null)
                {
                    results.Add(new($"measure {name}", Convert.ToDecimal(wanted, CultureInfo.InvariantCulture) == Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                        Convert.ToString(wanted, CultureInfo.InvariantCulture)!, Convert.ToString(value, CultureInfo.InvariantCulture)!));
                }
            }

            Measure("meetingsHeld", m.MeetingsHeld, actual.MeetingsHeld);
            Measure("percentQuorate", m.PercentQuorate, actual.PercentQuorate ?? -1m);
            Measure("incidentsNotified", m.IncidentsNotified, actual.IncidentsNotified);
            Measure("rapidReviewsCompleted", m.RapidReviewsCompleted, actual.RapidReviewsCompleted);
            Measure("localReviewsInitiated", m.LocalReviewsInitiated, actual.LocalReviewsInitiated);
            Measure("localReviewsPublished", m.LocalReviewsPublished, actual.LocalReviewsPublished);
            Measure("yearlyReportsPublished", m.YearlyReportsPublished, actual.YearlyReportsPublished);
            Measure("actionsOnTimePercent", m.ActionsOnTimePercent, actual.Learning.OnTimePercent ?? -1m);
            Measure("impactEvidencedPercent", m.ImpactEvidencedPercent, actual.Learning.ImpactEvidencedPercent ?? -1m);
            Measure("auditsCompletedPercent", m.AuditsCompletedPercent, actual.Learning.AuditsCompletedPercent ?? -1m);
            Measure("repeatThemes", m.RepeatThemes, actual.Learning.RepeatThemes.Count);
        }

        return results;
    }

    private static void Rule(string? rule, string field, List<string> errors)
    {
        if (rule is null || !RuleIds.Contains(rule))
        {
            errors.Add($"{field}: '{rule}' is not a rule id; the rules are {string.Join(", ", RuleIds.Order())}.");
        }
    }

    private static void SubjectOf(string? subject, string field, string example, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            errors.Add($"{field}: is required, such as {example}.");
        }
        else if (!Subject.TryParse(subject, out _))
        {
            errors.Add($"{field}: '{subject}' is not a subject: write kind:id, such as {example}; the kinds are {string.Join(", ", Subject.KindWords)}.");
        }
    }

    private static string Name<T>(T value)
        where T : struct, Enum => EnumNames.NameOf<T>(value);

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", EnumNames.All<T>());

    private static T? Parse<T>(string name)
        where T : struct, Enum => EnumNames.TryParse<T>(name, out var value) ? value : null;
}
