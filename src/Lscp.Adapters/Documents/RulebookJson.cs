using Lscp.Contracts;
using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Rules.Catalogue;
using NodaTime;
using NodaTime.Text;
using Lscp.Contracts.Documents;

namespace Lscp.Adapters;

/// <summary>Applies a <see cref="RulebookDocument"/> to a rulebook, reporting every problem at once with its path.</summary>
public static class RulebookJson
{
    /// <summary>
    /// <paramref name="baseRulebook"/> with the document's settings and suspensions added. Paths in errors start at
    /// <paramref name="root"/> (such as <c>$.rulebook</c>).
    /// </summary>
    /// <exception cref="InvalidRulebookException">An unknown rule or parameter, a bad value or date, overlapping settings; every problem listed.</exception>
    public static Rulebook Apply(Rulebook baseRulebook, RulebookDocument? document, string root = "$") =>
        TryApply(baseRulebook, document, root, out var rulebook, out var errors) ? rulebook : throw new InvalidRulebookException(errors);

    /// <summary>
    /// <paramref name="baseRulebook"/> with the document's settings and suspensions added, without throwing for a bad document.
    /// Paths in errors start at <paramref name="root"/>.
    /// </summary>
    /// <returns>True with the rulebook, or false with every problem found.</returns>
    public static bool TryApply(Rulebook baseRulebook, RulebookDocument? document, string root, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Rulebook? result, out IReadOnlyList<ValidationError> problems)
    {
        Guard.Against.Null(baseRulebook);
        Guard.Against.Null(root);
        if (document is null)
        {
            result = baseRulebook;
            problems = [];
            return true;
        }

        var read = new DocumentReader();
        var settings = ImmutableArray.CreateBuilder<ParameterSetting>();
        var settingPaths = new List<string>();
        settings.AddRange(baseRulebook.Settings);
        for (var i = 0; i < (document.Settings?.Count ?? 0); i++)
        {
            var s = document.Settings![i];
            var path = $"{root}.settings[{i}]";
            if (s is null)
            {
                read.Error(path, "must not be null.");
                continue;
            }

            var period = read.Period(s.From, s.To, path);
            var rule = read.Text(s.Rule, $"{path}.rule");
            var name = read.Text(s.Name, $"{path}.name");
            var reason = read.Text(s.Reason, $"{path}.reason");
            if (s.Value is null)
            {
                read.Error($"{path}.value", "is required: the parameter's value as text, such as \"30\".");
            }
            else if (rule is not null && name is not null && reason is not null && period is { } during)
            {
                settings.Add(new ParameterSetting(rule, name, s.Value, during, reason));
                settingPaths.Add(path);
            }
        }

        var suspensions = ImmutableArray.CreateBuilder<RuleSuspension>();
        var suspensionPaths = new List<string>();
        suspensions.AddRange(baseRulebook.Suspensions);
        for (var i = 0; i < (document.Suspensions?.Count ?? 0); i++)
        {
            var s = document.Suspensions![i];
            var path = $"{root}.suspensions[{i}]";
            if (s is null)
            {
                read.Error(path, "must not be null.");
                continue;
            }

            var period = read.Period(s.From, s.To, path);
            if (read.Text(s.Rule, $"{path}.rule") is { } rule && read.Text(s.Reason, $"{path}.reason") is { } reason && period is { } during)
            {
                suspensions.Add(new RuleSuspension(rule, during, reason));
                suspensionPaths.Add(path);
            }
        }

        // The base rulebook's own items come first and are sound; every problem found is at one of the document's.
        var baseSettings = baseRulebook.Settings.Length;
        var baseSuspensions = baseRulebook.Suspensions.Length;
        foreach (var problem in baseRulebook.Check(settings, suspensions))
        {
            var path = problem.InSettings ? settingPaths[problem.Index - baseSettings] : suspensionPaths[problem.Index - baseSuspensions];
            read.Error($"{path}.{problem.Invariant.Parameter}", problem.Invariant.Message);
        }

        result = read.Errors.Count == 0 ? baseRulebook.WithChecked(settings.ToImmutable(), suspensions.ToImmutable()) : null;
        problems = read.Errors;
        return result is not null;
    }
}

/// <summary>A rulebook document is invalid; <see cref="ValidationFailedException.Errors"/> lists every problem.</summary>
public sealed class InvalidRulebookException(IEnumerable<ValidationError> errors) : ValidationFailedException("The rulebook", errors);
