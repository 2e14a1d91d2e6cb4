namespace Lscp.Rules.Catalogue;

/// <summary>A problem <see cref="Rulebook.Check"/> finds: in the settings or the suspensions, at which index, and what.</summary>
/// <param name="InSettings">True for a setting, false for a suspension.</param>
/// <param name="Index">The item's index in the list checked.</param>
/// <param name="Invariant">The field (rule, name, value, reason, from) and what is wrong.</param>
internal readonly record struct RulebookProblem(bool InSettings, int Index, Invariant Invariant);
