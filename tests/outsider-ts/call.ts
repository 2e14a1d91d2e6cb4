// Calls the Lscp service through a client generated from its published OpenAPI document (openapi-typescript types,
// openapi-fetch calls), as a council app in another language would. Nothing here is written by hand about the API's
// shapes: a change to the document that breaks these calls fails to compile.
import createClient from "openapi-fetch";

declare const process: { argv: string[]; exit(code: number): never };
import type { paths } from "./generated/api.js";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:5099";
const client = createClient<paths>({ baseUrl });
const failures: string[] = [];
let checks = 0;
const expect = (what: string, actual: unknown, expected: unknown) => {
  checks++;
  if (actual !== expected) failures.push(`${what}: expected ${String(expected)}, got ${String(actual)}`);
};

const added = await client.GET("/v1/calendar/add", { params: { query: { date: "2024-12-20", workingDays: 5 } } });
expect("calendar add result", added.data?.result, "2024-12-31");

const quorum = await client.POST("/v1/quorum", {
  body: {
    partnership: "lewisham",
    meeting: {
      id: "exec-1", body: "executive", date: "2024-09-10", chair: "lb-lewisham",
      attendance: [
        { agency: "lb-lewisham", status: "present" },
        { agency: "nhs-sel-icb", status: "present" },
        { agency: "met-police", status: "apologies" },
      ],
    },
  },
});
expect("quorum outcome", quorum.data?.outcome, "notQuorate");
expect("quorum missing police", quorum.data?.missing.includes("no police representative (Metropolitan Police)"), true);

const deadlines = await client.POST("/v1/deadlines", {
  body: {
    incident: { caseReference: "LSCP-2024-002", localAuthorityAwareOn: "2024-12-16", notifiedPanelOn: "2024-12-19", rapidReviewSentOn: "2025-01-17" },
    asOf: "2025-02-01",
  },
});
const rapid = deadlines.data?.deadlines.find((d) => d.ruleId === "TS-RAPID-01");
expect("rapid review due", rapid?.dueOn, "2025-01-14");
expect("rapid review status", rapid?.status, "metLate");
expect("rapid review cited once, in rules", deadlines.data?.rules["TS-RAPID-01"]?.citation.confidence, "likely");

const agencies = await client.GET("/v1/partnerships/{id}/relevant-agencies", { params: { path: { id: "lewisham" }, query: { date: "2021-06-26" } } });
expect("CRC off the register on the day it ceased", agencies.data?.ceased.map((a) => a.id).join(), "community-rehabilitation-company");

const refused = await client.GET("/v1/calendar/add", { params: { query: { date: "2023-02-30", workingDays: 5 } } });
expect("bad date status", refused.response.status, 400);
expect("bad date path", refused.error?.errors?.[0]?.path, "date");

if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(`${checks} passed, 0 failed`);
