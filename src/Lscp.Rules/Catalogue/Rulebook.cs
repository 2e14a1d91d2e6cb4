using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Lscp.Model;
using NodaTime;

namespace Lscp.Rules.Catalogue;

/// <summary>
/// The rules in force with their parameter values: the standard <see cref="RuleCatalogue"/> plus a partnership's own
/// <see cref="ParameterSetting">settings</see> and dated <see cref="RuleSuspension">suspensions</see>. Immutable: each
/// <c>With...</c> returns a new rulebook whose <see cref="Version"/> names the local changes.
/// </summary>
public sealed class Rulebook : IEquatable<Rulebook>
{
    /// <summary>The version of the standard rule catalogue.</summary>
    public const string StandardVersion = "lscp-rules-2026.11.1";

    private readonly FrozenDictionary<string, RuleDefinition> _definitions;

    private readonly FrozenDictionary<(string RuleId, string Name), ParameterSetting[]> _settingsByParameter;
    private readonly FrozenDictionary<string, RuleSuspension[]> _suspensionsByRule;

    private Rulebook(ImmutableArray<RuleDefinition> definitions, ImmutableArray<ParameterSetting> settings, ImmutableArray<RuleSuspension> suspensions)
    {
        Definitions = definitions;
        Settings = settings;
        Suspensions = suspensions;
        _definitions = definitions.ToFrozenDictionary(d => d.Id);

        // Indexed once, so that a rule asking for a value or a suspension looks only at its own (at most
        // MaxSettingsPerParameter or MaxSuspensionsPerRule of them): evaluation stays linear in the records.
        _settingsByParameter = settings.GroupBy(s => (s.RuleId, s.Name)).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _suspensionsByRule = suspensions.GroupBy(s => s.RuleId, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Version = settings.IsEmpty && suspensions.IsEmpty
            ? StandardVersion
            : $"{StandardVersion}+local.{Fingerprint.Of(settings.Select(s => $"{s.RuleId}|{s.Name}|{s.Value}|{s.During}").Concat(suspensions.Select(s => $"{s.RuleId}|suspended|{s.During}")))}";
    }

    /// <summary>The most dated settings one parameter may have; more cannot be useful, and would only slow every evaluation.</summary>
    public const int MaxSettingsPerParameter = 100;

    /// <summary>The most dated suspensions one rule may have; more cannot be useful, and would only slow every evaluation.</summary>
    public const int MaxSuspensionsPerRule = 100;

    /// <summary>The standard rulebook: every rule of <see cref="RuleCatalogue.All"/> with its defaults.</summary>
    public static Rulebook Standard { get; } = new(RuleCatalogue.All, [], []);

    /// <summary>The rulebook's version: <see cref="StandardVersion"/>, plus a fingerprint of any local settings and suspensions.</summary>
    public string Version { get; }

    /// <summary>The rules.</summary>
    public ImmutableArray<RuleDefinition> Definitions { get => _definitionList.Items; private init => _definitionList = value; }

    private readonly ValueArray<RuleDefinition> _definitionList;

    /// <summary>The partnership's own parameter values.</summary>
    public ImmutableArray<ParameterSetting> Settings { get => _settings.Items; private init => _settings = value; }

    private readonly ValueArray<ParameterSetting> _settings;

    /// <summary>The dated suspensions.</summary>
    public ImmutableArray<RuleSuspension> Suspensions { get => _suspensions.Items; private init => _suspensions = value; }

    private readonly ValueArray<RuleSuspension> _suspensions;

    /// <summary>The rule with id <paramref name="ruleId"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such rule; the message names it.</exception>
    public RuleDefinition Definition(string ruleId) =>
        _definitions.TryGetValue(ruleId, out var definition) ? definition : throw new KeyNotFoundException($"There is no rule '{Echo.Of(ruleId)}' in the rulebook.");

    /// <summary>True when the rulebook holds rule <paramref name="ruleId"/>.</summary>
    public bool Has(string ruleId) => _definitions.ContainsKey(ruleId);

    /// <summary>A rulebook with <paramref name="setting"/> added.</summary>
    /// <exception cref="ArgumentException">Unknown rule or parameter, an invalid value, no reason, a setting overlapping another for the same parameter, or too many.</exception>
    public Rulebook WithSetting(ParameterSetting setting)
    {
        Guard.Against.Null(setting);
        return With([setting], []);
    }

    /// <summary>A rulebook with <paramref name="suspension"/> added.</summary>
    /// <exception cref="ArgumentException">Unknown rule, no reason given, or too many suspensions of the rule.</exception>
    public Rulebook WithSuspension(RuleSuspension suspension)
    {
        Guard.Against.Null(suspension);
        return With([], [suspension]);
    }

    /// <summary>
    /// A rulebook with all of <paramref name="settings"/> and <paramref name="suspensions"/> added at once, checked
    /// together; the cost grows with n log n of the lists, not with their square as adding one at a time would.
    /// </summary>
    /// <exception cref="ArgumentException">The first problem <see cref="Check"/> finds.</exception>
    public Rulebook With(IEnumerable<ParameterSetting> settings, IEnumerable<RuleSuspension> suspensions)
    {
        Guard.Against.Null(settings);
        Guard.Against.Null(suspensions);
        ImmutableArray<ParameterSetting> allSettings = [.. Settings, .. settings];
        ImmutableArray<RuleSuspension> allSuspensions = [.. Suspensions, .. suspensions];
        Guard.Against.BrokenInvariants(Check(allSettings, allSuspensions).Select(p => p.Invariant));
        return new(Definitions, allSettings, allSuspensions);
    }

    /// <summary>A rulebook with these complete lists, which the caller has already <see cref="Check">checked</see>.</summary>
    internal Rulebook WithChecked(ImmutableArray<ParameterSetting> allSettings, ImmutableArray<RuleSuspension> allSuspensions) =>
        new(Definitions, allSettings, allSuspensions);

    /// <summary>
    /// What is wrong with these complete lists of settings and suspensions for this rulebook's rules, item by item: an
    /// unknown rule or parameter, an invalid value, no reason, two settings of one parameter that overlap (reported at the
    /// later in the list), or more than <see cref="MaxSettingsPerParameter"/> or <see cref="MaxSuspensionsPerRule"/>.
    /// One list for <see cref="With"/> and the readers, which report each at its field.
    /// </summary>
    internal IEnumerable<RulebookProblem> Check(IReadOnlyList<ParameterSetting> settings, IReadOnlyList<RuleSuspension> suspensions)
    {
        var sound = new List<int>(settings.Count);
        for (var i = 0; i < settings.Count; i++)
        {
            var setting = settings[i];
            if (!_definitions.TryGetValue(setting.RuleId, out var definition))
            {
                yield return new(true, i, new("rule", $"There is no rule '{Echo.Of(setting.RuleId)}' in the rulebook."));
                continue;
            }

            if (definition.FindParameter(setting.Name) is not { } parameter)
            {
                yield return new(true, i, new("name", definition.NoSuchParameter(setting.Name)));
                continue;
            }

            if (parameter.Validate(setting.Value) is { } problem)
            {
                yield return new(true, i, new("value", $"{setting.RuleId} {setting.Name}: {problem}"));
            }

            if (string.IsNullOrWhiteSpace(setting.Reason))
            {
                yield return new(true, i, new("reason", "is required: why the partnership sets this value."));
            }

            sound.Add(i);
        }

        foreach (var group in sound.GroupBy(i => (settings[i].RuleId, settings[i].Name)))
        {
            var byStart = group.OrderBy(i => settings[i].During.Start).ThenBy(i => i).ToArray();
            if (byStart.Length > MaxSettingsPerParameter)
            {
                yield return new(true, byStart.Max(), new("name", $"{group.Key.RuleId} {group.Key.Name} has {byStart.Length} dated settings; at most {MaxSettingsPerParameter} are allowed."));
                continue;
            }

            // Sorted by start, a setting overlaps an earlier one exactly when it starts on or before the latest end so far.
            var latest = byStart[0];
            for (var k = 1; k < byStart.Length; k++)
            {
                var current = byStart[k];
                if (settings[latest].During.End is not { } end || settings[current].During.Start <= end)
                {
                    var (earlier, later) = latest < current ? (latest, current) : (current, latest);
                    yield return new(true, later, new("from", $"{group.Key.RuleId} {group.Key.Name} is already set for {settings[earlier].During}, which overlaps {settings[later].During}."));
                }

                if (settings[latest].During.End is { } latestEnd && (settings[current].During.End is not { } currentEnd || currentEnd > latestEnd))
                {
                    latest = current;
                }
            }
        }

        var perRule = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < suspensions.Count; i++)
        {
            var suspension = suspensions[i];
            if (!_definitions.ContainsKey(suspension.RuleId))
            {
                yield return new(false, i, new("rule", $"There is no rule '{Echo.Of(suspension.RuleId)}' in the rulebook."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(suspension.Reason))
            {
                yield return new(false, i, new("reason", "is required: why the rule is suspended."));
            }

            var count = perRule[suspension.RuleId] = perRule.GetValueOrDefault(suspension.RuleId) + 1;
            if (count == MaxSuspensionsPerRule + 1)
            {
                yield return new(false, i, new("rule", $"{suspension.RuleId} is suspended more than {MaxSuspensionsPerRule} times; at most {MaxSuspensionsPerRule} suspensions of one rule are allowed."));
            }
        }
    }

    /// <summary>The suspension of <paramref name="ruleId"/> covering <paramref name="date"/>, or null.</summary>
    public RuleSuspension? SuspensionOn(string ruleId, LocalDate date)
    {
        // A loop, not LINQ: rules ask this for every clock and finding, and a lambda would allocate each time.
        if (_suspensionsByRule.TryGetValue(ruleId, out var ofRule))
        {
            foreach (var suspension in ofRule)
            {
                if (suspension.During.Contains(date))
                {
                    return suspension;
                }
            }
        }

        return null;
    }

    /// <summary>The value of a number parameter on <paramref name="date"/>: the partnership's setting then, or the default.</summary>
    /// <exception cref="InvalidOperationException">The parameter has no default and no setting covers the date (its rule is off): ask <see cref="IsSet"/> first.</exception>
    public decimal Number(string ruleId, string name, LocalDate date) =>
        decimal.Parse(Value(ruleId, name, date, ParameterKind.Number), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The value of a choice parameter on <paramref name="date"/>: the partnership's setting then, or the default.</summary>
    public string Choice(string ruleId, string name, LocalDate date) => Value(ruleId, name, date, ParameterKind.Choice);

    /// <summary>
    /// True when the parameter has a value on <paramref name="date"/>: a setting of the partnership's, or a default. A
    /// parameter with no default (a rule no public text supports, off until the partnership sets it) has none until set.
    /// </summary>
    public bool IsSet(string ruleId, string name, LocalDate date) => SettingOn(ruleId, name, date) is not null || Definition(ruleId).Parameter(name).DefaultValue is not null;

    /// <summary>
    /// What the value of the parameter on <paramref name="date"/> rests on when it is not published: the default, when no
    /// setting of the partnership's covers the day and the default is this library's assumption (its
    /// <see cref="RuleParameter.DefaultBasis"/>, naming the rule, the parameter and the value). Null when a setting covers
    /// the day, or when the default is the cited text's own.
    /// </summary>
    public FactBasis? Unconfirmed(string ruleId, string name, LocalDate date)
    {
        var parameter = Definition(ruleId).Parameter(name);
        return parameter.DefaultBasis is not { } basis || SettingOn(ruleId, name, date) is not null
            ? null
            : basis with { Fact = $"{ruleId} {name} = {parameter.DefaultValue}" };
    }

    /// <summary>
    /// The rule's title with the values of its parameters in force on <paramref name="date"/> (a local setting's value, not
    /// the default's), so an answer states the number it used: "within 7 working days" where the partnership set 7.
    /// </summary>
    public string TitleOf(string ruleId, LocalDate date)
    {
        var definition = Definition(ruleId);
        var title = definition.TitleTemplate;
        foreach (var parameter in definition.Parameters)
        {
            var value = SettingOn(ruleId, parameter.Name, date)?.Value ?? parameter.DefaultValue;
            title = title.Replace("{" + parameter.Name + "}", value ?? "(not set)", StringComparison.Ordinal);
        }

        return title;
    }

    /// <summary>The rule's title with the values in force on <paramref name="date"/>; see <see cref="TitleOf(string, LocalDate)"/>.</summary>
    internal string TitleOf(RuleDefinition definition, LocalDate date) => TitleOf(definition.Id, date);

    /// <summary>The value of a rule's own number parameter on <paramref name="date"/>.</summary>
    internal decimal Number(string ruleId, NumberParameter parameter, LocalDate date) => Number(ruleId, parameter.Name, date);

    /// <summary>The value of a rule's own choice parameter on <paramref name="date"/>, as its enum.</summary>
    internal TChoice Choice<TChoice>(string ruleId, ChoiceParameter<TChoice> parameter, LocalDate date)
        where TChoice : struct, Enum =>
        parameter.Read(Choice(ruleId, parameter.Name, date));

    private string Value(string ruleId, string name, LocalDate date, ParameterKind kind)
    {
        var parameter = Definition(ruleId).Parameter(name);
        Guard.Against.Unmet(parameter.Kind == kind, $"{ruleId} {name} is a {parameter.Kind}, not a {kind}.", parameterName: nameof(name));
        return SettingOn(ruleId, name, date)?.Value
            ?? parameter.DefaultValue
            ?? throw new InvalidOperationException($"{ruleId} {name} has no default and no setting on {date:uuuu-MM-dd}: the rule is off until the partnership sets it (ask IsSet first).");
    }

    /// <summary>The partnership's setting of the parameter covering <paramref name="date"/>, or null.</summary>
    private ParameterSetting? SettingOn(string ruleId, string name, LocalDate date)
    {
        // A loop, not LINQ: rules ask this for every clock and finding, and a lambda would allocate each time.
        if (_settingsByParameter.TryGetValue((ruleId, name), out var ofParameter))
        {
            foreach (var setting in ofParameter)
            {
                if (setting.During.Contains(date))
                {
                    return setting;
                }
            }
        }

        return null;
    }

    /// <summary>Equal when both hold the same rules, settings and suspensions, in the same order.</summary>
    public static bool operator ==(Rulebook? left, Rulebook? right) => Equals(left, right);

    /// <summary>Unequal when the rules, settings or suspensions differ.</summary>
    public static bool operator !=(Rulebook? left, Rulebook? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(Rulebook? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (_definitionList == other._definitionList && _settings == other._settings && _suspensions == other._suspensions));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Rulebook);

    /// <inheritdoc/>
    public override int GetHashCode() => Version.GetHashCode(StringComparison.Ordinal);
}
