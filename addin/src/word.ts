// Everything the pane does in Word. The inserted profile sits in one rich-text content control
// tagged `wf:profile`; its title records template id and version. Controls are always found by
// tag, never by id: Word gives a control a new id when content is inserted (OfficeDev/office-js#2759).
import type { Language } from './i18n';

export const PROFILE_TAG = 'wf:profile';

export interface ProfileRef {
  id: string;
  version: number;
}

export type InsertedBy = 'document' | 'selection';

/** The control's title: readable in Word, and the id and version read back by parseTitle. */
export function profileTitle(ref: ProfileRef, language: Language): string {
  return language === 'de' ? `Prozesssteckbrief ${ref.id} · Version ${ref.version}` : `Process profile ${ref.id} · version ${ref.version}`;
}

export function parseTitle(title: string | null | undefined): ProfileRef | null {
  const match = /([a-z0-9][a-z0-9-]*) · [Vv]ersion (\d+)\s*$/.exec(title ?? '');
  return match ? { id: match[1], version: Number(match[2]) } : null;
}

/**
 * Inserts the profile (.docx as base64) and wraps it in the `wf:profile` control.
 * Into an empty document with WordApi 1.5 (Microsoft 365, Office 2024): the document-level call,
 * which brings the profile's headers, footers, styles and page setup along. Otherwise (Office LTSC
 * 2021 stops at WordApi 1.3, or the document already has content) at the cursor with the range call:
 * the document-level call can only replace the whole document or add at its start or end.
 */
export async function insertProfile(base64: string, ref: ProfileRef, language: Language): Promise<InsertedBy> {
  const documentLevel = Office.context.requirements.isSetSupported('WordApi', '1.5');
  return Word.run(async (context) => {
    const body = context.document.body;
    let by: InsertedBy = 'selection';
    if (documentLevel) {
      body.load('text');
      await context.sync();
      if (body.text.trim() === '') by = 'document';
    }

    let control: Word.ContentControl;
    if (by === 'document') {
      context.document.insertFileFromBase64(base64, 'Replace', {
        importStyles: true, importTheme: true, importParagraphSpacing: true, importPageColor: true,
      });
      await context.sync();
      control = context.document.body.insertContentControl();
    } else {
      const range = context.document.getSelection().insertFileFromBase64(base64, 'Replace');
      control = range.insertContentControl();
    }
    control.tag = PROFILE_TAG;
    control.title = profileTitle(ref, language);
    control.appearance = 'BoundingBox';
    await context.sync();
    return by;
  });
}

/** The profiles inserted in the document (their controls' titles), in document order. */
export async function insertedProfiles(): Promise<ProfileRef[]> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls.getByTag(PROFILE_TAG);
    controls.load('items');
    await context.sync();
    return controls.items.map((control) => parseTitle(control.title)).filter((ref): ref is ProfileRef => ref !== null);
  });
}

/** Replaces the content of the inserted profile of `ref.id` with a newer version. False: none found. */
export async function replaceProfile(base64: string, ref: ProfileRef, language: Language): Promise<boolean> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls.getByTag(PROFILE_TAG);
    controls.load('items');
    await context.sync();
    const index = controls.items.findIndex((control) => parseTitle(control.title)?.id === ref.id);
    if (index < 0) return false;
    controls.items[index].insertFileFromBase64(base64, 'Replace');
    await context.sync();

    // Found again by tag: the insert may have given the control a new id.
    const again = context.document.contentControls.getByTag(PROFILE_TAG);
    again.load('items');
    await context.sync();
    const control = again.items.find((item) => parseTitle(item.title)?.id === ref.id) ?? again.items[index];
    if (!control) return false;
    control.title = profileTitle(ref, language);
    await context.sync();
    return true;
  });
}

/**
 * The open document as .docx bytes: every slice of Office's compressed file, in order; the file is
 * closed on every path (Office keeps only a few open, and a leaked one blocks the next save).
 */
export function readDocument(onProgress?: (done: number, total: number) => void, sliceSize = 1024 * 1024): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(opened.error?.message ?? 'getFileAsync'));
        return;
      }
      const file = opened.value;
      const total = file.sliceCount;
      const parts: Uint8Array[] = [];
      const finish = (done: () => void) => file.closeAsync(() => done());
      const read = (index: number) => {
        if (index === total) {
          finish(() => resolve(concat(parts)));
          return;
        }
        file.getSliceAsync(index, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) {
            finish(() => reject(new Error(slice.error?.message ?? 'getSliceAsync')));
            return;
          }
          parts.push(Uint8Array.from(slice.value.data as ArrayLike<number>));
          onProgress?.(index + 1, total);
          read(index + 1);
        });
      };
      read(0);
    });
  });
}

function concat(parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}
