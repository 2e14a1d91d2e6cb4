using System.Text;

namespace Lscp.Rules.Compliance;

/// <summary>Renders a <see cref="ComplianceResult"/> as plain text for people: the versions that produced it, then each finding with its citation and facts.</summary>
public static class ComplianceText
{
    /// <summary>The result as text, one block per finding, in the result's order.</summary>
    public static string Render(ComplianceResult result)
    {
        Guard.Against.Null(result);
        var text = new StringBuilder();
        text.AppendLine($"Compliance of '{result.PartnershipId}', {result.Period.Start:uuuu-MM-dd} to {result.Period.End:uuuu-MM-dd}");
        text.AppendLine($"Assessed {result.AssessedFrom:uuuu-MM-dd} to {result.AssessedUntil:uuuu-MM-dd}, evaluated on {result.EvaluatedOn:uuuu-MM-dd}");
        text.AppendLine($"Rulebook {result.RulebookVersion}; calendar {result.CalendarVersion}; Lscp.Rules {result.LibraryVersion}");
        foreach (var note in result.Notes)
        {
            text.AppendLine($"Note: {note}");
        }

        var counts = result.Findings.GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count());
        var toConfirm = result.Findings.Count(f => !f.IsConfirmed);
        text.AppendLine($"{counts.GetValueOrDefault(Severity.Breach)} breach(es), {counts.GetValueOrDefault(Severity.Warning)} warning(s), {counts.GetValueOrDefault(Severity.Information)} for information{(toConfirm > 0 ? $"; {toConfirm} of them rest on facts to confirm and are not counted in the verdict" : string.Empty)}");
        foreach (var finding in result.Findings)
        {
            text.AppendLine();
            var days = finding.From == finding.To ? $"{finding.From:uuuu-MM-dd}" : $"{finding.From:uuuu-MM-dd} to {finding.To:uuuu-MM-dd}";
            text.AppendLine($"[{finding.Severity.ToString().ToUpperInvariant()}{(finding.IsConfirmed ? string.Empty : ", TO CONFIRM")}] {finding.RuleId} {finding.Subject} ({days})");
            text.AppendLine($"  {finding.Message}");
            text.AppendLine($"  Source: {finding.Citation}");
            if (!finding.Facts.IsEmpty)
            {
                text.AppendLine($"  Facts: {string.Join("; ", finding.Facts.Select(f => $"{f.Name} = {f.Value}"))}");
            }
        }

        return text.ToString();
    }
}
