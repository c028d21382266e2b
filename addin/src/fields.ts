// Turns a template path (`$.steps[3].title`, `kpis[0].target`) into words a process owner knows:
// "Schritt 4 › Titel", "Kennzahl 1 › Zielwert". Unknown names stay as they are.
import type { Language } from './i18n';

type Labels = Record<string, [de: string, en: string]>;

// Lists: what one entry is called (numbered from 1 in the text).
const items: Labels = {
  steps: ['Schritt', 'Step'], inputs: ['Eingang', 'Input'], outputs: ['Ergebnis', 'Output'],
  participants: ['Beteiligte', 'Participant'], interfaces: ['Schnittstelle', 'Interface'],
  itSystems: ['IT-System', 'IT system'], legalBasis: ['Rechtsgrundlage', 'Legal basis'],
  kpis: ['Kennzahl', 'KPI'], risks: ['Risiko', 'Risk'], documents: ['Dokument', 'Document'],
  changeHistory: ['Änderung', 'Change'], checklist: ['Checklistenpunkt', 'Checklist item'],
  fields: ['Datenfeld', 'Data field'], options: ['Option', 'Option'], links: ['Link', 'Link'],
  contributors: ['Mitwirkende', 'Contributor'], tools: ['Hilfsmittel', 'Tool'],
};

const names: Labels = {
  id: ['Kennung', 'Id'], version: ['Version', 'Version'], status: ['Status', 'Status'], name: ['Name', 'Name'],
  code: ['Kürzel', 'Code'], validFrom: ['Gültig ab', 'Valid from'], category: ['Kategorie', 'Category'],
  owner: ['Prozessverantwortung', 'Process owner'], goal: ['Ziel', 'Goal'], scope: ['Geltungsbereich', 'Scope'],
  trigger: ['Auslöser', 'Trigger'], result: ['Ergebnis', 'Result'], description: ['Beschreibung', 'Description'],
  supplier: ['Lieferant', 'Supplier'], customer: ['Empfänger', 'Customer'], role: ['Rolle', 'Role'], task: ['Aufgabe', 'Task'],
  direction: ['Richtung', 'Direction'], process: ['Prozess', 'Process'], target: ['Zielwert', 'Target'],
  measurement: ['Messung', 'Measurement'], control: ['Maßnahme', 'Control'], title: ['Titel', 'Title'], url: ['Adresse', 'URL'],
  date: ['Datum', 'Date'], author: ['Autor', 'Author'], change: ['Änderung', 'Change'], responsible: ['Verantwortlich', 'Responsible'],
  input: ['Eingang', 'Input'], duration: ['Dauer', 'Duration'], deadline: ['Frist', 'Deadline'], text: ['Text', 'Text'],
  required: ['Pflicht', 'Required'], label: ['Bezeichnung', 'Label'], type: ['Typ', 'Type'], help: ['Hilfetext', 'Help'],
  decision: ['Entscheidung', 'Decision'], question: ['Frage', 'Question'], next: ['Nächster Schritt', 'Next step'], end: ['Ende', 'End'],
  ...items,
};

/** A readable name for a template path; the empty path is the document as a whole. */
export function describePath(path: string | null | undefined, language: Language): string {
  const index = language === 'de' ? 0 : 1;
  const parts = (path ?? '').replace(/^wf:/, '').replace(/^\$\.?/, '').match(/[^.[\]]+|\[\d+\]/g) ?? [];
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (next?.startsWith('[') && items[part]) {
      words.push(`${items[part][index]} ${Number(next.slice(1, -1)) + 1}`);
      i++;
    } else if (part.startsWith('[')) {
      words.push(String(Number(part.slice(1, -1)) + 1));
    } else {
      words.push(names[part]?.[index] ?? part);
    }
  }
  return words.length ? words.join(' › ') : language === 'de' ? 'Dokument' : 'Document';
}
