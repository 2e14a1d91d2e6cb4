using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
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

    private Rulebook(ImmutableArray<RuleDefinition> definitions, ImmutableArray<ParameterSetting> settings, ImmutableArray<RuleSuspension> suspensions)
    {
        Definitions = definitions;
        Settings = settings;
        Suspensions = suspensions;
        _definitions = definitions.ToFrozenDictionary(d => d.Id);
        Version = settings.IsEmpty && suspensions.IsEmpty
            ? StandardVersion
            : $"{StandardVersion}+local.{Fingerprint.Of(settings.Select(s => $"{s.RuleId}|{s.Name}|{s.Value}|{s.During}").Concat(suspensions.Select(s => $"{s.RuleId}|suspended|{s.During}")))}";
    }

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
        _definitions.TryGetValue(ruleId, out var definition) ? definition : throw new KeyNotFoundException($"There is no rule '{ruleId}' in the rulebook.");

    /// <summary>True when the rulebook holds rule <paramref name="ruleId"/>.</summary>
    public bool Has(string ruleId) => _definitions.ContainsKey(ruleId);

    /// <summary>A rulebook with <paramref name="setting"/> added.</summary>
    /// <exception cref="ArgumentException">Unknown rule or parameter, an invalid value, or a setting overlapping another for the same parameter.</exception>
    public Rulebook WithSetting(ParameterSetting setting)
    {
        Guard.Against.Null(setting);
        var parameter = Definition(setting.RuleId).Parameter(setting.Name);
        Guard.Against.Unmet(parameter.Validate(setting.Value) is not { } problem, $"{setting.RuleId} {setting.Name}: {parameter.Validate(setting.Value)}", parameterName: nameof(setting));
        Guard.Against.BlankText(setting.Reason, nameof(setting));
        var clash = Settings.FirstOrDefault(s => s.RuleId == setting.RuleId && s.Name == setting.Name && s.During.Overlaps(setting.During));
        Guard.Against.Unmet(clash is null, $"{setting.RuleId} {setting.Name} is already set for {clash?.During}, which overlaps {setting.During}.", parameterName: nameof(setting));
        return new(Definitions, Settings.Add(setting), Suspensions);
    }

    /// <summary>A rulebook with <paramref name="suspension"/> added.</summary>
    /// <exception cref="ArgumentException">Unknown rule, or no reason given.</exception>
    public Rulebook WithSuspension(RuleSuspension suspension)
    {
        Guard.Against.Null(suspension);
        Definition(suspension.RuleId);
        Guard.Against.BlankText(suspension.Reason, nameof(suspension));
        return new(Definitions, Settings, Suspensions.Add(suspension));
    }

    /// <summary>The suspension of <paramref name="ruleId"/> covering <paramref name="date"/>, or null.</summary>
    public RuleSuspension? SuspensionOn(string ruleId, LocalDate date)
    {
        // A loop, not LINQ: rules ask this for every clock and finding, and a lambda would allocate each time.
        foreach (var suspension in Suspensions)
        {
            if (suspension.RuleId == ruleId && suspension.During.Contains(date))
            {
                return suspension;
            }
        }

        return null;
    }

    /// <summary>The value of a number parameter on <paramref name="date"/>: the partnership's setting then, or the default.</summary>
    public decimal Number(string ruleId, string name, LocalDate date) =>
        decimal.Parse(Value(ruleId, name, date, ParameterKind.Number), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The value of a choice parameter on <paramref name="date"/>: the partnership's setting then, or the default.</summary>
    public string Choice(string ruleId, string name, LocalDate date) => Value(ruleId, name, date, ParameterKind.Choice);

    private string Value(string ruleId, string name, LocalDate date, ParameterKind kind)
    {
        var parameter = Definition(ruleId).Parameter(name);
        Guard.Against.Unmet(parameter.Kind == kind, $"{ruleId} {name} is a {parameter.Kind}, not a {kind}.", parameterName: nameof(name));
        foreach (var setting in Settings)
        {
            if (setting.RuleId == ruleId && setting.Name == name && setting.During.Contains(date))
            {
                return setting.Value;
            }
        }

        return parameter.DefaultValue;
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
