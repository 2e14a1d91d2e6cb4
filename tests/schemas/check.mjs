// Validates every sample document against the JSON Schema it names, with ajv (JSON Schema 2020-12) and ajv-formats
// (so "format": "date" is checked): the scenario files (YAML read with YAML 1.2's core schema, as the service reads
// them: an unquoted date stays a string), and the built-in partnership. A file that names no schema fails too.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import yaml from "js-yaml";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validators = new Map();
const validator = (schemaPath) => {
  if (!validators.has(schemaPath)) validators.set(schemaPath, ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8"))));
  return validators.get(schemaPath);
};

const files = [
  ...readdirSync(path.join(root, "samples/scenarios")).map((f) => path.join(root, "samples/scenarios", f)),
  path.join(root, "src/Lscp.Adapters/Data/lewisham.json"),
];
let failed = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const json = file.endsWith(".json");
  const named = json ? JSON.parse(text).$schema : text.match(/^# yaml-language-server: \$schema=(\S+)/m)?.[1];
  if (!named) {
    console.error(`${path.relative(root, file)}: names no schema`);
    failed++;
    continue;
  }
  const document = json ? JSON.parse(text) : yaml.load(text, { schema: yaml.CORE_SCHEMA });
  const validate = validator(path.resolve(path.dirname(file), named));
  if (validate(document)) {
    console.log(`ok ${path.relative(root, file)} (${named})`);
  } else {
    failed++;
    console.error(`FAIL ${path.relative(root, file)}: ${ajv.errorsText(validate.errors, { separator: "\n  " })}`);
  }
}
if (failed) process.exit(1);
