using System.Reflection;
using System.Text.RegularExpressions;

namespace Lscp.Tests.Security;

/// <summary>No model, record, document or contract type has a field for personal data about a child.</summary>
public sealed partial class PersonalDataTests
{
    public static TheoryData<string> Assemblies => ["Lscp.Model", "Lscp.Rules", "Lscp.Client", "Lscp.Http", "Lscp.Scenarios"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_type_carries_a_childs_name_birth_date_or_address(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var offending = assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Select(p => (Type: t, p.Name)))
            .Concat(assembly.GetTypes().SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Select(f => (Type: t, f.Name))))
            .Where(m => PersonalData().IsMatch(m.Name))
            .Select(m => $"{m.Type.FullName}.{m.Name}")
            .ToList();
        Assert.True(offending.Count == 0, string.Join(", ", offending));
        Assert.NotEmpty(assembly.GetTypes());
    }

    [Fact]
    public void The_pattern_catches_what_it_must() =>
        Assert.All(["ChildName", "DateOfBirth", "dob", "HomeAddress", "Postcode", "NhsNumber", "FirstName", "Surname", "_childsForename"], n => Assert.Matches(PersonalData(), n));

    [GeneratedRegex("child|birth|^_?dob$|address|postcode|nhsnumber|firstname|forename|surname|lastname|ethnicity|gender", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalData();
}
