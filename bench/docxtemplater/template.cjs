// The Prozesssteckbrief as a docxtemplater template: the sections an agency's Word template has (master data,
// goal, trigger and inputs, result and outputs, participants, interfaces, IT systems, legal basis, KPIs, risks,
// documents, the steps table, each step with its checklist, data and decision, change history), with loops
// over table rows and paragraphs. The style ids are those of the base profile's styles part.
"use strict";

const PizZip = require("pizzip");

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TextWidth = 9354;

const run = (text, bold) => `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (style, text, bold) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run(text, bold)}</w:p>`;
const cell = (width, text, style = "WfTableText", bold = false) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${p(style, text, bold)}</w:tc>`;

/** A table with a heading row and one row repeated for each item of `loop`. */
function table(shares, headings, fields, loop) {
  const widths = shares.map((s) => Math.round(s * TextWidth));
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const head = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${headings.map((h, i) => cell(widths[i], h, "WfTableHeading")).join("")}</w:tr>`;
  const cells = fields.map((f, i) => cell(widths[i], `${i === 0 ? `{#${loop}}` : ""}{${f}}${i === fields.length - 1 ? `{/${loop}}` : ""}`));
  return `<w:tbl><w:tblPr><w:tblStyle w:val="WfTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/></w:tblPr>`
    + `<w:tblGrid>${grid}</w:tblGrid>${head}<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join("")}</w:tr></w:tbl>`;
}

/** A key–value table: label cells on the left, one tag each on the right. */
function facts(rows) {
  const widths = [Math.round(0.25 * TextWidth), Math.round(0.75 * TextWidth)];
  return `<w:tbl><w:tblPr><w:tblStyle w:val="WfTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/></w:tblPr>`
    + `<w:tblGrid><w:gridCol w:w="${widths[0]}"/><w:gridCol w:w="${widths[1]}"/></w:tblGrid>`
    + rows.map(([label, tag]) => `<w:tr>${cell(widths[0], label, "WfTableLabel")}${cell(widths[1], `{${tag}}`)}</w:tr>`).join("")
    + "</w:tbl>";
}

/** One list paragraph per item: the loop's tags stand in paragraphs of their own, which docxtemplater removes. */
const list = (loop, item) => [p("Normal", `{#${loop}}`), p("WfList", item), p("Normal", `{/${loop}}`)];

function body(sectionXml) {
  return [
    p("Title", "Prozesssteckbrief"),
    p("Subtitle", "{name}"),
    p("Heading1", "Stammdaten"),
    facts([["Prozesskennung", "code"], ["Version", "version"], ["Status", "status"], ["Gültig ab", "validFrom"],
      ["Kategorie", "category"], ["Prozessverantwortung", "owner"], ["Geltungsbereich", "scope"]]),
    p("Heading1", "Ziel und Zweck"),
    p("Normal", "{goal}"),
    p("Heading1", "Auslöser und Eingaben"),
    p("Normal", "{trigger}"),
    table([0.6, 0.4], ["Eingabe", "Lieferant"], ["description", "supplier"], "inputs"),
    p("Heading1", "Ergebnis und Leistungen"),
    p("Normal", "{result}"),
    table([0.6, 0.4], ["Leistung", "Kunde"], ["description", "customer"], "outputs"),
    p("Heading1", "Beteiligte und Rollen"),
    table([0.35, 0.65], ["Rolle", "Aufgabe"], ["role", "task"], "participants"),
    p("Heading1", "Schnittstellen"),
    table([0.2, 0.3, 0.5], ["Richtung", "Prozess", "Beschreibung"], ["direction", "process", "description"], "interfaces"),
    p("Heading1", "IT-Systeme"),
    ...list("itSystems", "{.}"),
    p("Heading1", "Rechtsgrundlagen"),
    ...list("legalBasis", "{.}"),
    p("Heading1", "Kennzahlen"),
    table([0.25, 0.3, 0.45], ["Kennzahl", "Zielwert", "Messung"], ["name", "target", "measurement"], "kpis"),
    p("Heading1", "Risiken und Kontrollen"),
    table([0.5, 0.5], ["Risiko", "Kontrolle"], ["description", "control"], "risks"),
    p("Heading1", "Dokumente und Vorlagen"),
    ...list("documents", "{title}"),
    p("Heading1", "Prozessschritte"),
    table([0.06, 0.27, 0.24, 0.25, 0.18], ["Nr.", "Schritt", "Verantwortlich", "Ergebnis", "Frist"],
      ["number", "title", "responsible", "result", "deadline"], "steps"),
    p("Heading1", "Schritte im Einzelnen"),
    p("Normal", "{#steps}"),
    p("Heading2", "{number}. {title}"),
    facts([["Beschreibung", "description"], ["Mitwirkende", "contributors"], ["Eingang", "input"],
      ["Hilfsmittel", "tools"], ["Dauer", "duration"], ["Frist", "deadline"], ["Ergebnis", "result"]]),
    p("Heading3", "Checkliste"),
    ...list("checklist", "☐ {text}{#required} (Pflicht){/required}"),
    p("Heading3", "Zu erfassende Daten"),
    ...list("fields", "{label} ({type}){#required}, Pflicht{/required}"),
    p("Normal", "{#decision}"),
    p("Heading3", "Entscheidung: {question}"),
    ...list("options", "{label} → {next}"),
    p("Normal", "{/decision}"),
    p("Normal", "Weiter: {following}"),
    p("Normal", "{/steps}"),
    p("Heading1", "Änderungshistorie"),
    table([0.12, 0.18, 0.25, 0.45], ["Version", "Datum", "Autor", "Änderung"], ["version", "date", "author", "change"], "changeHistory"),
    sectionXml,
  ].join("");
}

/** The template .docx: the base profile's package with the body above in place of its own. */
function templateDocx(baseBytes) {
  const zip = new PizZip(baseBytes);
  const main = zip.file("word/document.xml").asText();
  const section = main.slice(main.lastIndexOf("<w:sectPr"), main.lastIndexOf("</w:body>"));
  zip.file("word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body(section)}</w:body></w:document>`);
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

module.exports = { templateDocx };
