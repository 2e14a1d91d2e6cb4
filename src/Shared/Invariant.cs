namespace Lscp;

/// <summary>
/// An invariant a constructor's arguments break: the parameter and what is wrong, in a sentence. A type's
/// <c>Check</c> method lists them once; its constructor throws on the first (<see cref="DomainGuards.BrokenInvariants"/>)
/// and the document readers report each at the field it came from, so no exception message is caught and reworded.
/// </summary>
/// <param name="Parameter">The constructor parameter, which the readers map to the document field.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
internal readonly record struct Invariant(string Parameter, string Message);
