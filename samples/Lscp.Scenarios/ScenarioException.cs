namespace Lscp.Scenarios;

/// <summary>A scenario file cannot be read; the message names the file and each problem (with its line, or its path).</summary>
public sealed class ScenarioException(string message) : Exception(message);
