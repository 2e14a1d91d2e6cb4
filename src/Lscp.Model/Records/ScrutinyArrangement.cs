namespace Lscp.Model.Records;

/// <summary>Who provided independent scrutiny, under which model, and when.</summary>
/// <param name="Model">The scrutiny model.</param>
/// <param name="Holder">Who held it (a role or organisation; never a child's details).</param>
/// <param name="During">When (both ends inclusive; open-ended while it continues).</param>
public sealed record ScrutinyArrangement(ScrutinyModel Model, string Holder, EffectivePeriod During);
