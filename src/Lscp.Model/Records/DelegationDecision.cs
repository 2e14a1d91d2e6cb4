using NodaTime;

namespace Lscp.Model.Records;

/// <summary>
/// A decision or act taken on a statutory partner's behalf by the holder of a delegated post, recorded so that the rules
/// can check a delegation was in force for it.
/// </summary>
/// <param name="Id">A stable identifier.</param>
/// <param name="Date">The day of the decision.</param>
/// <param name="PostId">The post the decision was taken in.</param>
/// <param name="Description">What was decided.</param>
public sealed record DelegationDecision(string Id, LocalDate Date, string PostId, string Description);
