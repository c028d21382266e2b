// The pane's pure parts: paths in words, file names, languages, API errors.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Api, ApiError, fileNameOf } from '../src/api';
import { describePath } from '../src/fields';
import { languageOf, text } from '../src/i18n';

afterEach(() => vi.unstubAllGlobals());

describe('describePath', () => {
  it('Path_BecomesWordsAProcessOwnerKnows', () => {
    expect(describePath('$.steps[3].title', 'de')).toBe('Schritt 4 › Titel');
    expect(describePath('kpis[0].target', 'de')).toBe('Kennzahl 1 › Zielwert');
    expect(describePath('wf:steps[0].fields[1].options[0]', 'en')).toBe('Step 1 › Data field 2 › Option 1');
    expect(describePath('$.goal', 'de')).toBe('Ziel');
    expect(describePath('', 'de')).toBe('Dokument');
    expect(describePath('$.unknownThing', 'de')).toBe('unknownThing');
  });
});

describe('fileNameOf', () => {
  it('ContentDisposition_PrefersTheUtf8Name', () => {
    expect(fileNameOf(`attachment; filename="Prozesssteckbrief_Ansiedlung.docx"; filename*=UTF-8''Prozesssteckbrief%20Ansiedlung%20%E2%80%93%20V2.docx`))
      .toBe('Prozesssteckbrief Ansiedlung – V2.docx');
    expect(fileNameOf('attachment; filename="a.docx"')).toBe('a.docx');
    expect(fileNameOf(null)).toBeNull();
  });
});

describe('language', () => {
  it('Language_EnglishOnlyForEnglishTags', () => {
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('EN')).toBe('en');
    expect(languageOf('de-DE')).toBe('de');
    expect(languageOf('fr-FR')).toBe('de');
    expect(languageOf(undefined)).toBe('de');
    expect(text('de', 'created', 4, 3)).toBe('Gespeichert als Version 4 (Entwurf, auf Basis von Version 3).');
  });
});

describe('Api.save', () => {
  const respond = (status: number, body: unknown, type = 'application/problem+json') =>
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } }));

  it('Save_SendsTheBytesWithTokenLanguageAndBase', async () => {
    const fetch = respond(201, { id: 'a', version: 4, basedOn: 3, created: true, changes: [], notices: [] }, 'application/json');
    vi.stubGlobal('fetch', fetch);

    const result = await new Api('http://127.0.0.1:1/', async () => 'token-1', 'en').save('a b', new Uint8Array([1, 2]), true);

    expect(result.version).toBe(4);
    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(url.href).toBe('http://127.0.0.1:1/api/templates/a%20b/profile.docx?base=latest');
    const headers = new Headers(init.headers);
    expect(init.method).toBe('POST');
    expect(headers.get('Authorization')).toBe('Bearer token-1');
    expect(headers.get('Accept-Language')).toBe('en');
    expect(headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it.each([
    [409, { title: 'Konflikt', status: 409, documentVersion: 2, latestVersion: 3 }, 'conflict'],
    [422, { title: 'Ungültig', status: 422, errors: [{ path: '$.goal', message: 'Pflichtfeld' }] }, 'invalid'],
    [401, {}, 'signIn'],
    [403, {}, 'forbidden'],
    [503, { title: 'Speicher' }, 'storage'],
  ])('Save_Status%s_BecomesItsKind', async (status, body, kind) => {
    vi.stubGlobal('fetch', respond(status, body));

    const error = await new Api('http://127.0.0.1:1/', async () => null, 'de').save('a', new Uint8Array([1])).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe(kind);
    if (kind === 'conflict') expect([(error as ApiError).documentVersion, (error as ApiError).latestVersion]).toEqual([2, 3]);
    if (kind === 'invalid') expect((error as ApiError).errors).toEqual([{ path: '$.goal', message: 'Pflichtfeld' }]);
  });

  it('Save_HostUnreachable_IsUnreachableAndSendsNoToken', async () => {
    const fetch = vi.fn(async () => { throw new TypeError('Failed to fetch'); });
    vi.stubGlobal('fetch', fetch);

    const error = await new Api('http://127.0.0.1:1/', async () => null, 'de').templates().catch((e: unknown) => e);

    expect((error as ApiError).kind).toBe('unreachable');
    expect(new Headers((fetch.mock.calls[0] as unknown as [URL, RequestInit])[1].headers).has('Authorization')).toBe(false);
  });
});

describe('Api.diagram', () => {
  it('Diagram_SvgFromTheHost_ABlobTypedAsAnImage', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    const fetch = vi.fn(async () => new Response(svg, { status: 200, headers: { 'Content-Type': 'image/svg+xml' } }));
    vi.stubGlobal('fetch', fetch);

    const blob = await new Api('http://127.0.0.1:1/', async () => 'token-1', 'en').diagram('a b', 3);

    expect(blob.type).toBe('image/svg+xml');
    expect(await blob.text()).toBe(svg);
    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(url.href).toBe('http://127.0.0.1:1/api/templates/a%20b/diagram.svg?version=3&lang=en');
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer token-1');
  });

  it('Diagram_AnswerOfAnotherType_Refused', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html><script>alert(1)</script></html>', { status: 200, headers: { 'Content-Type': 'text/html' } })));

    const error = await new Api('http://127.0.0.1:1/', async () => null, 'de').diagram('a', 1).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain('text/html');
  });
});
