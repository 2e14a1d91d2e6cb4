namespace Lscp.Scenarios;

/// <summary>One expectation checked: what was expected, what was found, and whether they agree.</summary>
/// <param name="Description">The expectation in words.</param>
/// <param name="Passed">True when the report agrees.</param>
/// <param name="Expected">The expected value.</param>
/// <param name="Actual">The value found.</param>
public sealed record ExpectationResult(string Description, bool Passed, string Expected, string Actual);
