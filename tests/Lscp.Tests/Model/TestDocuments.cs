using System.Text.Json.Nodes;

namespace Lscp.Tests.Model;

/// <summary>A small valid partnership document to mutate in tests, one fault at a time.</summary>
internal static class TestDocuments
{
    public static JsonObject Minimal() => JsonNode.Parse("""
        {
          "formatVersion": 1,
          "id": "testshire",
          "name": "Testshire Safeguarding Children Partnership",
          "areas": ["Testshire"],
          "versions": [
            {
              "effectiveFrom": "2024-04-01",
              "title": "Arrangements 2024",
              "source": "Testshire published arrangements 2024",
              "agencies": [
                { "id": "council", "name": "Testshire Council", "kind": "localAuthority", "role": "statutoryPartner" },
                { "id": "icb", "name": "NHS Testshire ICB", "kind": "integratedCareBoard", "role": "statutoryPartner" },
                { "id": "police", "name": "Testshire Police", "kind": "police", "role": "statutoryPartner" },
                { "id": "school", "name": "Testshire schools", "kind": "education", "role": "relevantAgency" }
              ],
              "posts": [
                { "id": "council-ce", "agency": "council", "title": "Chief Executive" },
                { "id": "council-dcs", "agency": "council", "title": "Director of Children's Services" },
                { "id": "icb-ce", "agency": "icb", "title": "Chief Executive" },
                { "id": "icb-nurse", "agency": "icb", "title": "Chief Nurse" },
                { "id": "police-cc", "agency": "police", "title": "Chief Constable" },
                { "id": "police-supt", "agency": "police", "title": "Superintendent, Public Protection" }
              ],
              "holdings": [
                { "post": "council-dcs", "person": "A. Director", "from": "2024-04-01", "source": "Published arrangements" }
              ],
              "leads": [
                { "partner": "council", "post": "council-ce" },
                { "partner": "icb", "post": "icb-ce" },
                { "partner": "police", "post": "police-cc" }
              ],
              "delegations": [
                { "id": "council-dsp", "partner": "council", "delegate": "council-dcs", "from": "2024-04-01", "functions": ["Delegated Safeguarding Partner"] },
                { "id": "icb-dsp", "partner": "icb", "delegate": "icb-nurse", "from": "2024-04-01", "functions": ["Delegated Safeguarding Partner"] },
                { "id": "police-dsp", "partner": "police", "delegate": "police-supt", "from": "2024-04-01", "functions": ["Delegated Safeguarding Partner"] }
              ],
              "bodies": [
                {
                  "id": "executive", "name": "Executive", "kind": "executivePartnership", "from": "2024-04-01",
                  "members": [
                    { "agency": "council", "representative": "DCS" },
                    { "agency": "icb", "representative": "Chief Nurse" },
                    { "agency": "police", "representative": "Superintendent" }
                  ],
                  "chair": { "type": "rotating", "order": ["council", "icb", "police"], "yearStarts": "04-01", "firstAgencyYear": 2024 },
                  "meetingsPerYear": 6,
                  "quorum": { "requireAllStatutoryPartners": true }
                },
                {
                  "id": "audit-review", "name": "Audit review", "kind": "taskAndFinishGroup", "from": "2024-05-01", "to": "2024-10-31",
                  "members": [ { "agency": "school", "representative": "Head teacher" } ],
                  "reportsTo": ["executive"]
                }
              ]
            }
          ]
        }
        """)!.AsObject();

    public static JsonObject Version(this JsonObject document) => document["versions"]![0]!.AsObject();

    public static JsonObject Body(this JsonObject document, int index) => document.Version()["bodies"]![index]!.AsObject();
}
