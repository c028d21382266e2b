// The template's data as the docxtemplater template wants it: a WfTeams template JSON (samples/) with its
// codes turned into German words and its steps numbered — what a caller prepares before rendering.
"use strict";

const status = { draft: "Entwurf", released: "Freigegeben", archived: "Archiviert" };
const category = { management: "Führungsprozess", core: "Kernprozess", support: "Unterstützungsprozess" };
const direction = { upstream: "vorgelagert", downstream: "nachgelagert" };
const fieldType = { text: "Text", multiline: "Mehrzeiliger Text", number: "Zahl", date: "Datum", choice: "Auswahl", person: "Person", link: "Link", yesNo: "Ja/Nein" };

function duration(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso || "");
  if (!m) return iso || "";
  return [[m[1], "Tag(e)"], [m[2], "Std."], [m[3], "Min."]].filter(([n]) => n).map(([n, u]) => `${n} ${u}`).join(" ");
}

function view(t) {
  const titles = new Map(t.steps.map((s, i) => [s.id, `${i + 1}. ${s.title}`]));
  return {
    ...t,
    status: status[t.status] || t.status,
    category: category[t.category] || "",
    code: t.code || "",
    scope: t.scope || "",
    validFrom: t.validFrom ? t.validFrom.split("-").reverse().join(".") : "",
    interfaces: (t.interfaces || []).map((i) => ({ ...i, direction: direction[i.direction] || i.direction, description: i.description || "" })),
    kpis: (t.kpis || []).map((k) => ({ target: "", measurement: "", ...k })),
    changeHistory: (t.changeHistory || []).map((c) => ({ ...c, date: c.date.split("-").reverse().join(".") })),
    steps: t.steps.map((s, i) => ({
      ...s,
      number: i + 1,
      result: s.result || "",
      deadline: s.deadline || "",
      description: s.description || "",
      input: s.input || "",
      contributors: (s.contributors || []).join(", "),
      tools: (s.tools || []).join(", "),
      duration: duration(s.duration),
      checklist: s.checklist || [],
      fields: (s.fields || []).map((f) => ({ ...f, type: fieldType[f.type] || f.type })),
      decision: s.decision
        ? { question: s.decision.question, options: s.decision.options.map((o) => ({ label: o.label, next: titles.get(o.next) || o.next })) }
        : false,
      following: s.end ? "Ende des Prozesses" : titles.get(s.next || (t.steps[i + 1] || {}).id) || "",
    })),
  };
}

module.exports = { view };
