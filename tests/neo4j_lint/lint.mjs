// Lint Cypher statements with Neo4j's own linter.
// stdin: JSON [{"name": str, "text": str, "params": {name: sample value}}]
// stdout: JSON [{"name": str, "diagnostics": [{"severity": "error"|"warning"|..., "message": str, "offset": int}]}]
// The linter reports every parameter as an error unless it is declared in the schema argument.
import { lintCypherQuery } from "@neo4j-cypher/language-support";

const SEVERITY = { 1: "error", 2: "warning", 3: "information", 4: "hint" };

let input = "";
for await (const chunk of process.stdin) input += chunk;
const statements = JSON.parse(input);

const results = statements.map(({ name, text, params }) => {
  const { diagnostics } = lintCypherQuery(text, { parameters: params ?? {} });
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
      offset: d.offsets?.start ?? null,
    })),
  };
});
process.stdout.write(JSON.stringify(results));
