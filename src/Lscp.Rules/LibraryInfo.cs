using System.Reflection;

namespace Lscp.Rules;

/// <summary>The version of this library, as reported in every evaluation so a result can be traced to the code that produced it.</summary>
public static class LibraryInfo
{
    /// <summary>The informational version of Lscp.Rules, such as <c>0.1.0+a1b2c3d</c>.</summary>
    public static string Version { get; } =
        typeof(LibraryInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(LibraryInfo).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
