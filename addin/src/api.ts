// The host's HTTP API as the pane uses it (README "HTTP"). Every failure becomes an ApiError whose
// kind the pane turns into words; a request never throws a bare TypeError at the user.
import type { Language } from './i18n';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const SVG = 'image/svg+xml';

export interface TemplateSummary {
  id: string; name: string; owner: string; category?: string | null;
  latestVersion: number; releasedVersion?: number | null; status: string; updatedAt?: string;
}

export interface Template {
  id: string; version: number; status: string; name: string; owner: string; code?: string;
  category?: string; validFrom?: string; goal: string; trigger: string; result: string;
  steps: { id: string; title: string; responsible?: string }[];
}

export interface PathMessage { path: string; message: string }
export interface Change { path: string; old: unknown; new: unknown }

export interface SaveResult {
  id: string; version: number; basedOn: number; created: boolean; changes: Change[]; notices: PathMessage[];
}

export type ApiErrorKind = 'unreachable' | 'signIn' | 'forbidden' | 'notFound' | 'conflict' | 'invalid' | 'storage' | 'other';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    message: string,
    readonly errors: PathMessage[] = [],
    readonly documentVersion?: number,
    readonly latestVersion?: number,
  ) {
    super(message);
  }
}

/** Gives the bearer token, or null where the host needs none (development mode). */
export type TokenSource = () => Promise<string | null>;

export class Api {
  constructor(private readonly base: string, private readonly token: TokenSource, private readonly language: Language) {}

  templates(): Promise<TemplateSummary[]> {
    return this.send('api/templates').then((response) => response.json());
  }

  template(id: string, version?: number): Promise<Template> {
    return this.send(`api/templates/${encodeURIComponent(id)}${version ? `?version=${version}` : ''}`).then((response) => response.json());
  }

  /** The Prozesssteckbrief as bytes, with the file name the host suggests. */
  async profile(id: string, version?: number): Promise<{ bytes: ArrayBuffer; fileName: string }> {
    const query = new URLSearchParams({ lang: this.language });
    if (version) query.set('version', String(version));
    const response = await this.send(`api/templates/${encodeURIComponent(id)}/profile.docx?${query}`);
    return { bytes: await response.arrayBuffer(), fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? `${id}.docx` };
  }

  /**
   * The process diagram (SVG) as a Blob typed image/svg+xml, for an <img> through an object URL: the API needs the
   * token, which an <img src> cannot send, and an SVG shown as an image runs nothing. Anything else is refused.
   */
  async diagram(id: string, version: number): Promise<Blob> {
    const query = new URLSearchParams({ version: String(version), lang: this.language });
    const response = await this.send(`api/templates/${encodeURIComponent(id)}/diagram.svg?${query}`);
    const type = response.headers.get('Content-Type')?.split(';')[0].trim().toLowerCase();
    if (type !== SVG) throw new ApiError('other', response.status, `not ${SVG}: ${type}`);
    return new Blob([await response.arrayBuffer()], { type: SVG });
  }

  /** Sends an edited profile; `latest` applies it to the newest version instead of the one it came from. */
  async save(id: string, document: Blob | ArrayBuffer | Uint8Array, latest = false): Promise<SaveResult> {
    const response = await this.send(`api/templates/${encodeURIComponent(id)}/profile.docx${latest ? '?base=latest' : ''}`, {
      method: 'POST',
      body: document as BodyInit,
      headers: { 'Content-Type': DOCX },
    });
    return response.json();
  }

  private async send(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Accept-Language', this.language);
    const token = await this.token();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await fetch(new URL(path, this.base), { ...init, headers });
    } catch {
      throw new ApiError('unreachable', 0, 'unreachable');
    }
    if (response.ok) return response;
    throw await errorOf(response);
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  let problem: { title?: string; detail?: string; errors?: PathMessage[]; documentVersion?: number; latestVersion?: number } = {};
  try {
    problem = await response.json();
  } catch {
    // Not problem+json (a proxy's page): the status says enough.
  }
  const message = problem.detail || problem.title || response.statusText || String(response.status);
  const kind: ApiErrorKind =
    response.status === 401 ? 'signIn'
      : response.status === 403 ? 'forbidden'
        : response.status === 404 ? 'notFound'
          : response.status === 409 ? 'conflict'
            : response.status === 400 || response.status === 422 ? 'invalid'
              : response.status === 503 ? 'storage'
                : response.status === 502 || response.status === 504 ? 'unreachable' : 'other';
  return new ApiError(kind, response.status, message, problem.errors ?? [], problem.documentVersion, problem.latestVersion);
}

/** The file name from Content-Disposition: `filename*` (RFC 5987, UTF-8) first, else `filename`. */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}
