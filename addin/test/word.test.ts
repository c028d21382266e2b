// The pane's Word code against office-addin-mock (Word API: load/sync enforced as in Office) and a
// fake of Office's common API (callbacks, no load/sync), recording every call.
import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { insertedProfiles, insertProfile, parseTitle, PROFILE_TAG, profileTitle, readDocument, replaceProfile, toBase64 } from '../src/word';

const globals = globalThis as unknown as { Word?: unknown; Office?: unknown };

afterEach(() => {
  delete globals.Word;
  delete globals.Office;
});

/** Office's common API: the requirement sets this host supports, and a document file of `slices`. */
function fakeOffice(supported: string[], slices: number[][] = [], failSlice = -1) {
  const calls: string[] = [];
  globals.Office = {
    FileType: { Compressed: 'compressed' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: { isSetSupported: (name: string, version: string) => supported.includes(`${name} ${version}`) },
      document: {
        getFileAsync: (type: string, options: { sliceSize: number }, callback: (result: unknown) => void) => {
          calls.push(`getFileAsync ${type} ${options.sliceSize}`);
          callback({
            status: 'succeeded',
            value: {
              sliceCount: slices.length,
              getSliceAsync: (index: number, done: (result: unknown) => void) => {
                calls.push(`getSliceAsync ${index}`);
                done(index === failSlice
                  ? { status: 'failed', error: { message: 'slice lost' } }
                  : { status: 'succeeded', value: { index, data: slices[index] } });
              },
              closeAsync: (done: () => void) => {
                calls.push('closeAsync');
                done();
              },
            },
          });
        },
      },
    },
  };
  return calls;
}

/** Word with a body of `text`, a selection and the content controls `controls` (tag, title). */
function mockWord(text: string, controls: { tag: string; title: string }[] = []) {
  const log: string[] = [];
  const control = (tag: string, title: string) => ({
    tag, title,
    insertFileFromBase64(base64: string, location: string) {
      log.push(`control.insertFileFromBase64 ${location} ${base64}`);
    },
  });
  const inserted = control('', '');
  const items = controls.map((c) => control(c.tag, c.title));
  const word = new OfficeMockObject({
    context: {
      document: {
        body: {
          text,
          insertContentControl() {
            log.push('body.insertContentControl');
            return inserted;
          },
        },
        insertFileFromBase64(base64: string, location: string, options: Record<string, boolean>) {
          log.push(`document.insertFileFromBase64 ${location} ${base64} ${Object.keys(options).filter((k) => options[k]).join(',')}`);
        },
        getSelection() {
          return {
            insertFileFromBase64(base64: string, location: string) {
              log.push(`selection.insertFileFromBase64 ${location} ${base64}`);
              return {
                insertContentControl() {
                  log.push('range.insertContentControl');
                  return inserted;
                },
              };
            },
          };
        },
        // Collections live in the mock's tree, so context.sync() completes their load as Office does.
        contentControls: {
          profiles: { items: items.filter((item) => item.tag === PROFILE_TAG) },
          getByTag(this: { profiles: unknown }, tag: string) {
            log.push(`getByTag ${tag}`);
            if (tag !== PROFILE_TAG) throw new Error(`unexpected tag ${tag}`);
            return this.profiles;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  });
  globals.Word = word;
  return { log, inserted, items };
}

describe('insertProfile', () => {
  it('Insert_WordApi15AndEmptyDocument_UsesTheDocumentLevelCallAndTagsTheWholeBody', async () => {
    fakeOffice(['WordApi 1.5', 'WordApi 1.3']);
    const { log, inserted } = mockWord('');

    const by = await insertProfile('UEsDBA==', { id: 'ansiedlung', version: 3 }, 'de');

    // The mock answers an unloaded body.text with an error text, not '': 'document' also proves load + sync.
    expect(by).toBe('document');
    expect(log).toEqual([
      'document.insertFileFromBase64 Replace UEsDBA== importStyles,importTheme,importParagraphSpacing,importPageColor',
      'body.insertContentControl',
    ]);
    expect(inserted.tag).toBe(PROFILE_TAG);
    expect(parseTitle(inserted.title)).toEqual({ id: 'ansiedlung', version: 3 });
  });

  it('Insert_OnlyWordApi13_UsesTheRangeCallAtTheSelection', async () => {
    fakeOffice(['WordApi 1.3']);
    const { log, inserted } = mockWord('');

    const by = await insertProfile('UEsDBA==', { id: 'ansiedlung', version: 2 }, 'en');

    expect(by).toBe('selection');
    expect(log).toEqual(['selection.insertFileFromBase64 Replace UEsDBA==', 'range.insertContentControl']);
    expect(inserted.tag).toBe(PROFILE_TAG);
    expect(inserted.title).toBe('Process profile ansiedlung · version 2');
  });

  it('Insert_WordApi15IntoADocumentWithText_InsertsAtTheCursorWithTheRangeCall', async () => {
    fakeOffice(['WordApi 1.5']);
    const { log } = mockWord('Sehr geehrte Damen und Herren,');

    expect(await insertProfile('UEsDBA==', { id: 'x', version: 1 }, 'de')).toBe('selection');
    expect(log[0]).toBe('selection.insertFileFromBase64 Replace UEsDBA==');
  });
});

describe('replaceProfile', () => {
  it('Update_FindsTheProfileControlByTagAndReplacesItsContent', async () => {
    fakeOffice(['WordApi 1.3']);
    const { log, items } = mockWord('text', [
      { tag: 'wf:goal', title: 'Ziel' },
      { tag: PROFILE_TAG, title: profileTitle({ id: 'bestand', version: 1 }, 'de') },
      { tag: PROFILE_TAG, title: profileTitle({ id: 'ansiedlung', version: 2 }, 'de') },
    ]);

    const replaced = await replaceProfile('bmV3', { id: 'ansiedlung', version: 4 }, 'de');

    expect(replaced).toBe(true);
    expect(log).toEqual([`getByTag ${PROFILE_TAG}`, 'control.insertFileFromBase64 Replace bmV3', `getByTag ${PROFILE_TAG}`]);
    expect(items[2].title).toBe('Prozesssteckbrief ansiedlung · Version 4');
    expect(items[1].title).toBe('Prozesssteckbrief bestand · Version 1');
  });

  it('Update_NoProfileControl_ChangesNothing', async () => {
    fakeOffice(['WordApi 1.3']);
    const { log } = mockWord('text', [{ tag: 'wf:goal', title: 'Ziel' }]);

    expect(await replaceProfile('bmV3', { id: 'ansiedlung', version: 4 }, 'de')).toBe(false);
    expect(log).toEqual([`getByTag ${PROFILE_TAG}`]);
  });

  it('InsertedProfiles_ReadsIdAndVersionFromEveryTaggedControl', async () => {
    fakeOffice(['WordApi 1.3']);
    mockWord('text', [{ tag: PROFILE_TAG, title: profileTitle({ id: 'a-b', version: 12 }, 'en') }, { tag: 'wf:name', title: 'Name' }]);

    expect(await insertedProfiles()).toEqual([{ id: 'a-b', version: 12 }]);
  });
});

describe('readDocument', () => {
  it('Save_ReadsEverySliceInOrderAndClosesTheFile', async () => {
    const calls = fakeOffice([], [[80, 75], [3, 4], [20]]);
    const progress: string[] = [];

    const bytes = await readDocument((done, total) => progress.push(`${done}/${total}`), 65536);

    expect([...bytes]).toEqual([80, 75, 3, 4, 20]);
    expect(calls).toEqual(['getFileAsync compressed 65536', 'getSliceAsync 0', 'getSliceAsync 1', 'getSliceAsync 2', 'closeAsync']);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('Save_ASliceFails_ClosesTheFileAndRejects', async () => {
    const calls = fakeOffice([], [[1], [2], [3]], 1);

    await expect(readDocument()).rejects.toThrow('slice lost');
    expect(calls).toEqual(['getFileAsync compressed 1048576', 'getSliceAsync 0', 'getSliceAsync 1', 'closeAsync']);
  });
});

describe('titles and bytes', () => {
  it('Title_RoundTripsIdAndVersionInBothLanguages', () => {
    expect(parseTitle(profileTitle({ id: 'fachkraefte-anfrage', version: 7 }, 'de'))).toEqual({ id: 'fachkraefte-anfrage', version: 7 });
    expect(parseTitle(profileTitle({ id: 'x1', version: 1 }, 'en'))).toEqual({ id: 'x1', version: 1 });
    expect(parseTitle('Ziel')).toBeNull();
  });

  it('ToBase64_MatchesNodesEncodingForLargeInput', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    expect(toBase64(bytes)).toBe(btoa(binary));
  });
});
