// The task pane: template list with search, preview of the selected template, the Word actions
// (inside Office) or download and upload (in a browser tab), and one status area for progress,
// outcomes and errors.
import { Api, ApiError, DOCX, type SaveResult, type Template, type TemplateSummary } from './api';
import { authenticator, SignInRequired, type Authenticator, type Mode } from './auth';
import { loadConfig } from './config';
import { clear, h, type Child } from './dom';
import { describePath } from './fields';
import { text, type Language, type TextKey } from './i18n';
import { insertedProfiles, insertProfile, readDocument, replaceProfile, toBase64 } from './word';

type Intent = 'info' | 'success' | 'warning' | 'error';

/** Uploads above this are refused before sending; the host's own limit is the same order. */
const MAX_UPLOAD = 20 * 1024 * 1024;

export class Pane {
  private api!: Api;
  private auth!: Authenticator;
  private templates: TemplateSummary[] = [];
  private selected?: Template;
  /** The object URL of the diagram shown, revoked when another replaces it. */
  private diagramUrl?: string;
  private readonly list: HTMLElement;
  private readonly preview = h('section', { id: 'preview', 'aria-live': 'polite' });
  private readonly status = h('div', { id: 'status', role: 'status', 'aria-live': 'polite' });
  private readonly search: HTMLElement & { value: string };
  private busy = false;

  constructor(private readonly root: HTMLElement, private readonly mode: Mode, private readonly language: Language) {
    // Here, not as field initialisers: those run before the parameter properties are set.
    this.list = h('ul', { id: 'templates', role: 'listbox', 'aria-label': this.t('title') });
    this.search = h('fluent-text-input', { id: 'search', placeholder: this.t('search'), 'aria-label': this.t('search') }) as HTMLElement & { value: string };
  }

  private t(key: TextKey, ...args: (string | number)[]): string {
    return text(this.language, key, ...args);
  }

  async start(): Promise<void> {
    document.documentElement.lang = this.language;
    document.title = this.t('title');
    this.search.addEventListener('input', () => this.renderList());
    clear(this.root,
      h('header', {}, h('img', { src: 'assets/icon-32.png', alt: '', width: 24, height: 24 }), h('h1', {}, this.t('title'))),
      this.mode === 'browser' ? h('p', { class: 'hint' }, this.t('browserMode')) : null,
      this.search,
      this.list,
      this.preview,
      this.status);
    this.progress(this.t('loading'));
    const base = new URL('..', location.href).href;
    try {
      const config = await loadConfig(base);
      this.auth = authenticator(config, this.mode);
    } catch (error) {
      this.show('error', error instanceof Error && error.message === 'signInMissing' ? this.t('signInMissing') : this.t('unreachable'), this.retryButton());
      return;
    }
    this.api = new Api(base, () => this.token(), this.language);
    await this.loadList();
  }

  private async token(): Promise<string | null> {
    try {
      return await this.auth.token();
    } catch (error) {
      if (error instanceof SignInRequired) throw new ApiError('signIn', 401, error.message);
      throw error;
    }
  }

  private async loadList(): Promise<void> {
    try {
      this.templates = await this.api.templates();
      this.templates.sort((a, b) => a.name.localeCompare(b.name, this.language));
      this.renderList();
      this.clearStatus();
      if (!this.templates.length) this.show('info', this.t('none'));
      else if (!this.selected) await this.select(this.templates[0].id);
    } catch (error) {
      this.fail(error, () => this.loadList());
    }
  }

  private renderList(): void {
    const query = this.search.value?.trim().toLocaleLowerCase(this.language) ?? '';
    const shown = this.templates.filter((template) => template.name.toLocaleLowerCase(this.language).includes(query));
    clear(this.list, ...shown.map((template) => {
      const selected = template.id === this.selected?.id;
      const item = h('li', {
        role: 'option', tabindex: 0, 'aria-selected': String(selected), 'data-id': template.id,
        onclick: () => void this.select(template.id),
        onkeydown: (event: Event) => { if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') { event.preventDefault(); void this.select(template.id); } },
      },
      h('span', { class: 'name' }, template.name),
      h('span', { class: 'meta' },
        this.statusBadge(template.status),
        h('span', { class: 'version' }, template.releasedVersion ? this.t('released', template.releasedVersion) : this.t('version', template.latestVersion)),
        template.releasedVersion && template.latestVersion !== template.releasedVersion ? h('span', { class: 'version' }, this.t('latest', template.latestVersion)) : null));
      return item;
    }));
    if (!shown.length && this.templates.length) this.list.append(h('li', { class: 'empty' }, this.t('empty')));
  }

  private statusBadge(status: string): HTMLElement {
    const [key, color]: [TextKey, string] = status === 'released' ? ['releasedStatus', 'success'] : status === 'archived' ? ['archived', 'subtle'] : ['draft', 'warning'];
    return h('fluent-badge', { appearance: 'tint', color, size: 'small' }, this.t(key));
  }

  private async select(id: string): Promise<void> {
    try {
      this.selected = await this.api.template(id);
      this.renderList();
      this.renderPreview();
    } catch (error) {
      this.fail(error, () => this.select(id));
    }
  }

  private renderPreview(): void {
    const template = this.selected;
    if (!template) {
      clear(this.preview, h('p', { class: 'hint' }, this.t('chooseTemplate')));
      return;
    }
    const row = (key: TextKey, value: string | undefined | null): Child =>
      value ? h('div', { class: 'field' }, h('dt', {}, this.t(key)), h('dd', { class: value.length > 160 ? 'long' : null, title: value.length > 160 ? value : null }, value)) : null;
    const category = template.category && ['core', 'management', 'support'].includes(template.category) ? this.t(template.category as TextKey) : template.category;
    const validFrom = template.validFrom ? new Date(`${template.validFrom}T00:00:00`).toLocaleDateString(this.language === 'de' ? 'de-DE' : 'en-GB') : null;
    clear(this.preview,
      h('h2', {}, template.name),
      h('p', { class: 'meta' }, this.statusBadge(template.status), h('span', { class: 'version' }, this.t('version', template.version))),
      h('dl', {},
        row('code', template.code), row('owner', template.owner), row('category', category), row('validFrom', validFrom),
        row('goal', template.goal), row('trigger', template.trigger), row('result', template.result),
        h('div', { class: 'field' }, h('dt', {}, `${this.t('steps')} (${template.steps.length})`),
          h('dd', {}, h('ol', {}, ...template.steps.slice(0, 12).map((step) => h('li', {}, step.title)), template.steps.length > 12 ? h('li', { class: 'more' }, '…') : null)))),
      this.diagram(template),
      this.actions());
  }

  /** The diagram's frame at once; the picture when it has loaded, if the same template is still shown. */
  private diagram(template: Template): HTMLElement {
    const figure = h('figure', { id: 'diagram', 'aria-busy': 'true' });
    void this.api.diagram(template.id, template.version).then((svg) => {
      if (this.selected !== template) return;
      if (this.diagramUrl) URL.revokeObjectURL(this.diagramUrl);
      this.diagramUrl = URL.createObjectURL(svg);
      clear(figure, h('img', { src: this.diagramUrl, alt: this.t('diagram', template.name) }));
    }, () => {
      if (this.selected === template) clear(figure, h('p', { class: 'hint' }, this.t('noDiagram')));
    }).finally(() => figure.removeAttribute('aria-busy'));
    return figure;
  }

  private actions(): HTMLElement {
    if (this.mode === 'office') {
      return h('div', { class: 'actions' },
        h('fluent-button', { id: 'insert', appearance: 'primary', onclick: () => void this.run(() => this.insert()) }, this.t('insert')),
        h('fluent-button', { id: 'update', onclick: () => void this.run(() => this.update()) }, this.t('update')),
        h('fluent-button', { id: 'save', onclick: () => void this.run(() => this.saveOpenDocument()) }, this.t('save')));
    }
    const picker = h('input', { id: 'upload', type: 'file', accept: `.docx,${DOCX}`, hidden: true }) as HTMLInputElement;
    picker.addEventListener('change', () => {
      const file = picker.files?.[0];
      picker.value = '';
      if (file) void this.run(() => this.uploadFile(file));
    });
    return h('div', { class: 'actions' },
      h('fluent-button', { id: 'download', appearance: 'primary', onclick: () => void this.run(() => this.download()) }, this.t('download')),
      h('fluent-button', { id: 'upload-button', onclick: () => picker.click() }, this.t('upload')),
      picker,
      h('p', { class: 'hint' }, this.t('uploadHint')));
  }

  /** One action at a time; every failure lands in the status area. */
  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.root.setAttribute('aria-busy', 'true');
    try {
      await action();
    } catch (error) {
      this.fail(error, () => this.run(action));
    } finally {
      this.busy = false;
      this.root.removeAttribute('aria-busy');
    }
  }

  private async insert(): Promise<void> {
    const template = this.selected!;
    this.progress(this.t('inserting'));
    const profile = await this.api.profile(template.id, template.version);
    await insertProfile(toBase64(profile.bytes), { id: template.id, version: template.version }, this.language);
    this.show('success', this.t('inserted', template.name, template.version));
  }

  private async update(): Promise<void> {
    this.progress(this.t('updating'));
    const inserted = await insertedProfiles();
    if (!inserted.length) {
      this.show('warning', this.t('noProfile'));
      return;
    }
    this.templates = await this.api.templates();
    const messages: string[] = [];
    for (const ref of inserted) {
      const summary = this.templates.find((template) => template.id === ref.id);
      const name = summary?.name ?? ref.id;
      if (!summary?.releasedVersion) {
        messages.push(this.t('noReleased', name));
      } else if (summary.releasedVersion === ref.version) {
        messages.push(this.t('upToDate', name, ref.version));
      } else {
        const profile = await this.api.profile(ref.id, summary.releasedVersion);
        await replaceProfile(toBase64(profile.bytes), { id: ref.id, version: summary.releasedVersion }, this.language);
        messages.push(this.t('updated', name, summary.releasedVersion));
      }
    }
    this.show('success', messages.join(' '));
  }

  private async saveOpenDocument(): Promise<void> {
    const inserted = await insertedProfiles();
    const id = inserted[0]?.id ?? this.selected!.id;
    this.progress(this.t('reading', 0, 1), 0);
    const bytes = await readDocument((done, total) => this.progress(this.t('reading', done, total), done / total));
    await this.save(id, bytes, false);
  }

  private async uploadFile(file: File): Promise<void> {
    if (!/\.docx$/i.test(file.name)) {
      this.show('error', this.t('notDocx'));
      return;
    }
    if (file.size > MAX_UPLOAD) {
      this.show('error', this.t('tooLarge'));
      return;
    }
    await this.save(this.selected!.id, new Uint8Array(await file.arrayBuffer()), false);
  }

  private async save(id: string, bytes: Uint8Array, latest: boolean): Promise<void> {
    this.progress(this.t('saving'));
    try {
      const result = await this.api.save(id, bytes, latest);
      this.showSaved(result);
      this.templates = await this.api.templates();
      this.renderList();
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'conflict') {
        this.show('warning', this.t('conflict', error.documentVersion ?? '?', error.latestVersion ?? '?'),
          h('fluent-button', { id: 'apply-latest', slot: 'actions', size: 'small', onclick: () => void this.run(() => this.save(id, bytes, true)) }, this.t('applyLatest')));
        return;
      }
      throw error;
    }
  }

  private showSaved(result: SaveResult): void {
    const value = (v: unknown) => {
      const shown = v === null || v === undefined ? '–' : typeof v === 'string' ? v : JSON.stringify(v);
      return shown.length > 160 ? `${shown.slice(0, 157)}…` : shown;
    };
    const details = h('div', { class: 'details' },
      result.changes.length ? h('h3', {}, this.t('changes')) : null,
      result.changes.length ? h('ul', { id: 'changes' }, ...result.changes.map((change) =>
        h('li', {}, h('strong', {}, describePath(change.path, this.language)), ': ', h('del', {}, value(change.old)), ' → ', h('ins', {}, value(change.new))))) : null,
      result.notices.length ? h('h3', {}, this.t('notices')) : null,
      result.notices.length ? h('ul', {}, ...result.notices.map((notice) => h('li', {}, `${describePath(notice.path, this.language)}: ${notice.message}`))) : null);
    if (result.created) this.show('success', this.t('created', result.version, result.basedOn), null, details);
    else this.show('info', this.t('unchanged', result.basedOn), null, details);
  }

  private async download(): Promise<void> {
    const template = this.selected!;
    this.progress(this.t('downloading'));
    const profile = await this.api.profile(template.id, template.version);
    const url = URL.createObjectURL(new Blob([profile.bytes], { type: DOCX }));
    const link = h('a', { href: url, download: profile.fileName, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.show('success', this.t('downloaded', profile.fileName));
  }

  /** Every failure in words: what happened and what to do. */
  private fail(error: unknown, retry: () => Promise<void>): void {
    if (!(error instanceof ApiError)) {
      this.show('error', this.t('failed', '', error instanceof Error ? error.message : String(error)));
      return;
    }
    switch (error.kind) {
      case 'signIn':
        this.show('warning', this.t('signedOut'), h('fluent-button', {
          id: 'sign-in', slot: 'actions', appearance: 'primary', size: 'small',
          onclick: () => void this.signIn(retry),
        }, this.t('signIn')));
        return;
      case 'forbidden':
        this.show('error', this.t('forbidden'));
        return;
      case 'unreachable':
        this.show('error', this.t('unreachable'), this.retryButton(retry));
        return;
      case 'storage':
        this.show('error', this.t('storageDown'), this.retryButton(retry));
        return;
      case 'invalid':
        this.show('error', error.errors.length ? this.t('errorsTitle') : error.message, null,
          error.errors.length ? h('ul', { id: 'errors' }, ...error.errors.map((e) => h('li', {}, h('strong', {}, describePath(e.path, this.language)), `: ${e.message}`))) : null);
        return;
      case 'notFound':
        this.show('error', error.message || this.t('notFound'));
        return;
      default:
        this.show('error', this.t('failed', error.status, error.message));
    }
  }

  private async signIn(retry: () => Promise<void>): Promise<void> {
    this.progress(this.t('signingIn'));
    try {
      await this.auth.signIn();
    } catch (error) {
      this.show('error', this.t('signInFailed', error instanceof Error ? error.message : String(error)));
      return;
    }
    this.clearStatus();
    await retry();
  }

  private retryButton(retry?: () => Promise<void>): HTMLElement {
    return h('fluent-button', { slot: 'actions', size: 'small', onclick: () => (retry ? void retry() : location.reload()) }, this.t('retry'));
  }

  private progress(message: string, fraction?: number): void {
    const bar = h('fluent-progress-bar', fraction === undefined ? {} : { value: Math.round(fraction * 100), max: 100 });
    clear(this.status, h('div', { class: 'progress', 'data-state': 'busy' }, h('span', {}, message), bar));
  }

  private show(intent: Intent, message: string, action?: HTMLElement | null, details?: Child): void {
    clear(this.status, h('fluent-message-bar', { intent, layout: 'multiline', 'data-state': intent }, message, action ?? null), details ?? null);
  }

  private clearStatus(): void {
    clear(this.status);
  }
}
