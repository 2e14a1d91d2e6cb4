namespace Lscp.Model;

/// <summary>One problem with a description of a partnership: where it is and what is wrong.</summary>
/// <param name="Path">
/// Where the problem is, as a JSON path into the partnership document (such as <c>$.versions[1].bodies[2].members[0].agency</c>);
/// for arrangements built in code, the same path relative to the arrangements.
/// </param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record ValidationError(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
