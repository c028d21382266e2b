// The docxtemplater anchor (issue 16, item 3): a Prozesssteckbrief template filled with a template's data
// the way agencies do it with a template engine, timed like ProfileTiming times ProfileDocument.Create.
//
//   node bench/docxtemplater/anchor.cjs --base profile.docx --data template.json [--rounds 15] [--per-round 50] [--out filled.docx]
//
// The template is made here (template.cjs) on the parts of a profile WfTeams generated (--base): the same
// styles, numbering, settings, header and footer, so both sides carry the same static parts and differ in the body.
// Per document: a fresh PizZip of the template, Docxtemplater with paragraph loops and line breaks, render,
// generate with DEFLATE — what a server does per request. Prints one JSON line.
"use strict";

const fs = require("node:fs");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");
const { templateDocx } = require("./template.cjs");
const { view } = require("./view.cjs");

function argument(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const base = fs.readFileSync(argument("--base"));
const template = JSON.parse(fs.readFileSync(argument("--data"), "utf8"));
const rounds = Number(argument("--rounds", "15"));
const perRound = Number(argument("--per-round", "20"));

const templateBytes = templateDocx(base);

function fill() {
  const doc = new Docxtemplater(new PizZip(templateBytes), { paragraphLoop: true, linebreaks: true });
  doc.render(view(template));
  return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
}

let filled = fill();
const warmUntil = performance.now() + 1500;
for (let i = 0; i < Math.max(5, perRound) || performance.now() < warmUntil; i++) {
  filled = fill();
}

const means = [];
for (let r = 0; r < rounds; r++) {
  const started = performance.now();
  for (let i = 0; i < perRound; i++) {
    fill();
  }

  means.push((performance.now() - started) / perRound);
}

means.sort((a, b) => a - b);
const body = new PizZip(filled).file("word/document.xml").asText();
const out = argument("--out");
if (out) {
  fs.writeFileSync(out, filled);
}

console.log(JSON.stringify({
  engine: `docxtemplater ${require("docxtemplater/package.json").version}, pizzip ${require("pizzip/package.json").version}, node ${process.version}`,
  medianMs: means[Math.floor(rounds / 2)],
  bestMs: means[0],
  bytes: filled.length,
  documentXmlBytes: Buffer.byteLength(body, "utf8"),
  paragraphs: (body.match(/<w:p[ >\/]/g) || []).length,
  tableRows: (body.match(/<w:tr[ >\/]/g) || []).length,
  contentControls: (body.match(/<w:sdt>/g) || []).length,
}));
