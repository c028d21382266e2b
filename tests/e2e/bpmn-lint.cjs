// Reads BPMN files with bpmn-moddle (the reference BPMN 2.0 meta-model) and lints them with bpmnlint's recommended rules.
// Usage: node tests/e2e/bpmn-lint.cjs FILE... → prints JSON [{file, warnings: [moddle warnings], reports: [{rule, id, message, category}]}]
const fs = require('fs');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

(async () => {
  const { BpmnModdle } = await import('bpmn-moddle');
  const moddle = new BpmnModdle();
  const results = [];
  for (const file of process.argv.slice(2)) {
    // A linter per file: rule instances keep what they saw (no-duplicate-sequence-flows would compare across files).
    const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
    const xml = fs.readFileSync(file, 'utf8');
    const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
    const found = await linter.lint(rootElement);
    const reports = [];
    for (const [rule, list] of Object.entries(found)) {
      for (const r of list) reports.push({ rule, id: r.id, message: r.message, category: r.category });
    }
    results.push({ file, warnings: warnings.map((w) => w.message), reports });
  }
  console.log(JSON.stringify(results, null, 1));
})().catch((e) => { console.error(e && e.stack || String(e)); process.exit(1); });
