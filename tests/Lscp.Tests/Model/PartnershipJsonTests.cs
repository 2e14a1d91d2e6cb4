using System.Text.Json.Nodes;
using Lscp.Model;
using Lscp.Adapters;
using Lscp.Tests.Support;

namespace Lscp.Tests.Model;

/// <summary>The JSON format: round-trips, and one test per kind of invalid document, each naming its path.</summary>
public sealed class PartnershipJsonTests
{
    [Fact]
    public void The_test_document_is_valid()
    {
        var partnership = PartnershipJson.Read(TestDocuments.Minimal().ToJsonString());
        Assert.Equal("testshire", partnership.Id);
        Assert.Equal(2, partnership.Versions[0].Bodies.Length);
    }

    [Fact]
    public void Lewisham_round_trips_through_the_writer_and_matches_the_approved_document()
    {
        var written = PartnershipJson.Write(BuiltInPartnerships.Lewisham);
        Approval.Verify(written, "lewisham.roundtrip", "json");
        Assert.Equal(written, PartnershipJson.Write(PartnershipJson.Read(written)));
    }

    [Fact]
    public void The_shipped_Lewisham_document_reads_through_the_public_reader()
    {
        var fromText = PartnershipJson.Read(BuiltInPartnerships.Document("lewisham.json"));
        Assert.Equal(PartnershipJson.Write(BuiltInPartnerships.Lewisham), PartnershipJson.Write(fromText));
    }

    private static ValidationError SingleError(JsonObject document)
    {
        var error = Assert.Throws<InvalidArrangementsException>(() => PartnershipJson.Read(document.ToJsonString()));
        return Assert.Single(error.Errors);
    }

    [Fact]
    public void A_membership_naming_an_unknown_agency()
    {
        var doc = TestDocuments.Minimal();
        doc.Body(1)["members"]![0]!["agency"] = "ambulance";
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].bodies[1].members[0].agency", error.Path);
        Assert.Contains("unknown agency 'ambulance'", error.Message);
    }

    [Fact]
    public void Overlapping_delegations_for_one_partner()
    {
        var doc = TestDocuments.Minimal();
        doc.Version()["delegations"]!.AsArray().Add(JsonNode.Parse("""{ "id": "council-dsp-2", "partner": "council", "delegate": "council-dcs", "from": "2024-09-01", "functions": ["Second"] }"""));
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].delegations[3]", error.Path);
        Assert.Contains("overlaps delegation 'council-dsp'", error.Message);
    }

    [Fact]
    public void A_task_and_finish_group_with_no_end_date()
    {
        var doc = TestDocuments.Minimal();
        doc.Body(1).Remove("to");
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].bodies[1].to", error.Path);
        Assert.Contains("no end date", error.Message);
    }

    [Fact]
    public void A_date_that_does_not_exist()
    {
        var doc = TestDocuments.Minimal();
        doc.Body(1)["from"] = "2023-02-30";
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].bodies[1].from", error.Path);
        Assert.Contains("'2023-02-30' is not a valid date", error.Message);
    }

    [Fact]
    public void A_chair_rotation_naming_a_non_member()
    {
        var doc = TestDocuments.Minimal();
        doc.Body(0)["chair"]!["order"]![2] = "school";
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].bodies[0].chair.order[2]", error.Path);
        Assert.Contains("'school', which is not a member", error.Message);
    }

    [Fact]
    public void A_fixed_chair_naming_a_non_member()
    {
        var doc = TestDocuments.Minimal();
        doc.Body(0)["chair"] = JsonNode.Parse("""{ "type": "fixed", "agency": "school" }""");
        Assert.Equal("$.versions[0].bodies[0].chair.agency", SingleError(doc).Path);
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_allowed_ones()
    {
        var doc = TestDocuments.Minimal();
        doc.Version()["agencies"]![3]!["kind"] = "school";
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].agencies[3].kind", error.Path);
        Assert.Contains("'school' is not one of localAuthority, integratedCareBoard", error.Message);
    }

    [Fact]
    public void An_unknown_property_is_refused_with_its_line()
    {
        var doc = TestDocuments.Minimal();
        doc.Version()["agencies"]![0]!.AsObject()["nmae"] = "typo";
        var json = doc.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var error = Assert.Single(Assert.Throws<InvalidArrangementsException>(() => PartnershipJson.Read(json)).Errors);
        Assert.Contains("unknown property 'nmae'", error.Message);
        Assert.Contains("(line ", error.Message);
        Assert.Contains("agencies[0]", error.Path);
    }

    [Fact]
    public void A_value_of_the_wrong_type()
    {
        var doc = TestDocuments.Minimal();
        doc.Body(0)["meetingsPerYear"] = "six";
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].bodies[0].meetingsPerYear", error.Path);
        Assert.Contains("expected a whole number", error.Message);
    }

    [Fact]
    public void A_cadence_that_does_not_divide_the_year()
    {
        var doc = TestDocuments.Minimal();
        doc.Body(0)["meetingsPerYear"] = 5;
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].bodies[0].meetingsPerYear", error.Path);
        Assert.Contains("5 meetings a year", error.Message);
        Assert.DoesNotContain("Parameter", error.Message);
    }

    [Fact]
    public void Malformed_json()
    {
        var error = Assert.Single(Assert.Throws<InvalidArrangementsException>(() => PartnershipJson.Read("{ \"id\": ")).Errors);
        Assert.Contains("malformed", error.Message);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var json = "{\"areas\":" + new string('[', 5000) + new string(']', 5000) + "}";
        var error = Assert.Single(Assert.Throws<InvalidArrangementsException>(() => PartnershipJson.Read(json)).Errors);
        Assert.Equal("$.areas[0]", error.Path);
        Assert.Contains("expected a string", error.Message);
    }

    [Fact]
    public void Duplicate_ids()
    {
        var doc = TestDocuments.Minimal();
        doc.Version()["posts"]![1]!["id"] = "council-ce";
        var errors = Assert.Throws<InvalidArrangementsException>(() => PartnershipJson.Read(doc.ToJsonString())).Errors;
        Assert.Contains(errors, e => e.Path == "$.versions[0].posts[1].id" && e.Message.Contains("duplicate id 'council-ce'"));
    }

    [Fact]
    public void A_delegation_to_another_agencys_post()
    {
        var doc = TestDocuments.Minimal();
        doc.Version()["delegations"]![0]!["delegate"] = "icb-nurse";
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].delegations[0].delegate", error.Path);
        Assert.Contains("only within its own agency", error.Message);
    }

    [Fact]
    public void A_statutory_partner_with_no_lead()
    {
        var doc = TestDocuments.Minimal();
        doc.Version()["leads"]!.AsArray().RemoveAt(2);
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].leads", error.Path);
        Assert.Contains("'police' has no accountable lead", error.Message);
    }

    [Fact]
    public void A_statutory_partner_of_the_wrong_kind()
    {
        var doc = TestDocuments.Minimal();
        doc.Version()["agencies"]![3]!["role"] = "statutoryPartner";
        var error = Assert.Throws<InvalidArrangementsException>(() => PartnershipJson.Read(doc.ToJsonString())).Errors[0];
        Assert.Equal("$.versions[0].agencies[3].role", error.Path);
        Assert.Contains("only a local authority, an ICB (or CCG) or the police", error.Message);
    }

    [Fact]
    public void A_missing_required_field()
    {
        var doc = TestDocuments.Minimal();
        doc.Version()["posts"]![0]!.AsObject().Remove("title");
        Assert.Equal("$.versions[0].posts[0].title", SingleError(doc).Path);
    }

    [Fact]
    public void An_end_before_its_start()
    {
        var doc = TestDocuments.Minimal();
        doc.Body(1)["to"] = "2024-04-30";
        var error = SingleError(doc);
        Assert.Equal("$.versions[0].bodies[1].to", error.Path);
        Assert.Contains("before the start", error.Message);
    }

    [Fact]
    public void Reporting_to_an_unknown_body()
    {
        var doc = TestDocuments.Minimal();
        doc.Body(1)["reportsTo"]![0] = "board";
        Assert.Equal("$.versions[0].bodies[1].reportsTo[0]", SingleError(doc).Path);
    }

    [Fact]
    public void An_unsupported_format_version()
    {
        var doc = TestDocuments.Minimal();
        doc["formatVersion"] = 2;
        Assert.Equal("$.formatVersion", SingleError(doc).Path);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var doc = TestDocuments.Minimal();
        doc.Body(1)["from"] = "2023-02-30";
        doc.Version()["agencies"]![3]!["kind"] = "school";
        doc["id"] = "Not An Id";
        var errors = Assert.Throws<InvalidArrangementsException>(() => PartnershipJson.Read(doc.ToJsonString())).Errors;
        Assert.Equal(["$.id", "$.versions[0].agencies[3].kind", "$.versions[0].bodies[1].from"], errors.Select(e => e.Path).Order().ToArray());
    }

    [Fact]
    public void TryRead_reports_without_throwing()
    {
        Assert.False(PartnershipJson.TryRead("[]", out var partnership, out var errors));
        Assert.Null(partnership);
        Assert.NotEmpty(errors);
    }
}
