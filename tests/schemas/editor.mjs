// What an editor shows: each sample scenario through the YAML language server's own validation (yaml-language-server,
// the engine behind the YAML extensions of VS Code and other editors, not ours), finding its schema from the file's
// "# yaml-language-server: $schema=..." line as an editor does. A sample as it is must show no problem; the same sample
// with a misspelt top-level key, and with a misspelt key inside a list, must show each at its own line.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getLanguageService } from "yaml-language-server";
import { TextDocument } from "vscode-languageserver-textdocument";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const service = getLanguageService({
  schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), "utf8"),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
});
service.configure({ validate: true, completion: true, hover: true, yamlVersion: "1.2" });

// A new version each time, as an editor numbers its edits: the service keeps what it parsed per document and version.
let version = 0;
const problems = async (uri, text) => (await service.doValidation(TextDocument.create(uri, "yaml", ++version, text), false))
  .map((d) => ({ line: d.range.start.line + 1, message: d.message }));

let failed = 0, checked = 0;
const fail = (message) => { failed++; console.error(`FAIL ${message}`); };
const folder = path.join(root, "samples/scenarios");
for (const name of readdirSync(folder).filter((f) => f.endsWith(".yaml"))) {
  const file = path.join(folder, name);
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, "utf8");
  const clean = await problems(uri, text);
  if (clean.length) fail(`${name}: an editor shows problems in the sample as it is: ${JSON.stringify(clean)}`);

  const lines = text.split("\n");
  const misspell = [
    lines.findIndex((l) => /^partnership:/.test(l)),                 // a top-level key
    lines.findIndex((l) => /^\s+(- )?date: /.test(l)),                // a key inside a list (a meeting's date)
  ].filter((i) => i >= 0);
  for (const index of misspell) {
    const wrong = lines.map((l, i) => (i === index ? l.replace(/(partnership|date):/, "$1x:") : l)).join("\n");
    const shown = await problems(uri, wrong);
    const key = lines[index].match(/(partnership|date):/)[1] + "x";
    if (!shown.some((p) => p.line === index + 1 && p.message.includes(key))) {
      fail(`${name}: '${key}' on line ${index + 1} is not flagged there; the editor shows ${JSON.stringify(shown)}`);
    }
    checked++;
  }
}
console.log(`the YAML language server flagged ${checked} misspelt keys at their lines in the samples`);
if (failed || !checked) process.exit(1);
