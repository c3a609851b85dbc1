/**
 * <withus-offline-app>: the client-side app that works with no connection, served from the service worker's
 * precache at /offline/…: my groups and their materials (kept offline), forms, the outbox, and event capture.
 * Everything it shows comes from IndexedDB (pulled by the sync client while online).
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  LANGUAGES,
  currentLanguage,
  fileSize,
  formatDate,
  languageName,
  rememberLanguage,
  t,
  useLanguage,
  type Language,
} from '../i18n.js';
import {
  MATERIALS_CACHE,
  currentAccount,
  db,
  getMeta,
  setMeta,
  type AccountRecord,
  type OfflineRecord,
} from '../sync/db.js';
import { outboxSummary } from '../sync/outbox.js';
import { syncClient } from '../sync/sync-client.js';
import type { FormDefinition } from '../sync/protocol.js';
import type { ActiveCapture } from './withus-event-capture.js';
import { descriptionOf, isPickedFromList, titleLanguageOf, titleOf } from './withus-form.js';
import './materials/withus-paper-request.js';
import './groups/withus-group-membership.js';
import './meetings/withus-meeting-reply.js';
import './withus-outbox.js';
import './withus-event-capture.js';
import { focusHeadingSoon } from './focus.js';

@customElement('withus-offline-app')
export class WithUsOfflineApp extends LitElement {
  @state() private path = location.pathname;
  @state() private account?: AccountRecord;
  @state() private items: OfflineRecord[] = [];
  @state() private waiting = 0;
  @state() private capture?: ActiveCapture;
  @state() private kept = new Set<string>();
  /** Counts "Keep offline" presses, begun and ended (see load). */
  private keepChanges = 0;
  @state() private ready = false;
  @state() private keepMessage = '';
  /** Sent here because the online app could not be reached (sw.ts adds "?unreachable"). */
  @state() private unreachable = new URLSearchParams(location.search).has('unreachable');
  private readonly onPop = () => this.navigated();
  private readonly onSync = () => void this.load();
  private shownTitle = '';

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPop);
    syncClient().addEventListener('sync-done', this.onSync);
    syncClient().start();
    void this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPop);
    syncClient().removeEventListener('sync-done', this.onSync);
  }

  /** Called by the Vaadin router after each navigation to an /offline path. */
  onAfterEnter() {
    this.navigated();
  }

  private navigated() {
    this.unreachable = this.path === location.pathname && new URLSearchParams(location.search).has('unreachable');
    this.path = location.pathname;
    void this.load().then(async () => {
      await this.updateComplete;
      // A new page in this single-page app: move focus to its heading so a screen reader says where we are.
      focusHeadingSoon(this, 'main h1');
    });
  }

  private async load() {
    this.account = await currentAccount();
    const database = await db();
    this.items = this.account ? await database.getAllFromIndex('offline', 'byAccount', this.account.username) : [];
    this.waiting = this.account ? (await outboxSummary(this.account.username)).waiting : 0;
    this.capture = await getMeta<ActiveCapture>('activeCapture');
    // A "Keep offline" press while this was reading wins: an older read must not undo it (CI saw the button go back
    // to not pressed when a background sync finished during the press).
    const keepChangesBefore = this.keepChanges;
    const kept = new Set((await getMeta<string[]>(`kept:${this.account?.username}`)) ?? []);
    if (this.keepChanges === keepChangesBefore) this.kept = kept;
    this.ready = true;
    // Set only when the page changes, so a form's "Error:" prefix survives a sync finishing in the background.
    const title = `${this.pageTitle()} – ${t('nav.offline')} – WithUs`;
    if (title !== this.shownTitle) {
      this.shownTitle = title;
      document.title = title;
    }
  }

  private of(kind: string) {
    return this.items.filter((i) => i.kind === kind).map((i) => i.data);
  }

  private pageTitle(): string {
    if (this.capture) return t('capture.title');
    const [, , section, id] = this.path.split('/');
    if (section === 'forms' && id)
      return (
        (this.of('form') as FormDefinition[]).map(titleOf)[this.of('form').findIndex((f) => f.key === id)] ??
        t('offline.forms.title')
      );
    if (section === 'forms') return t('offline.forms.title');
    if (section === 'outbox') return t('outbox.title');
    if (section === 'capture') return t('capture.title');
    if (section === 'materials')
      return this.of('material').find((m) => String(m.id) === id)?.title ?? t('offline.material.title');
    return t('offline.home.title');
  }

  /**
   * The language choice, as on the online pages (base/ui/MainLayout.java): each language in its own name and
   * marked with its own lang. Here it needs no server: the choice is kept on the device (the cookie the server reads
   * when it is next reached) and the page is worded again at once.
   */
  private languageChoice() {
    const current = currentLanguage();
    const choose = async (event: Event, language: Language) => {
      event.preventDefault();
      rememberLanguage(language);
      await setMeta('deviceLanguage', language.tag);
      await useLanguage(language);
      this.shownTitle = '';
      await this.load();
      this.requestUpdate();
      await this.updateComplete;
      focusHeadingSoon(this, 'main h1');
    };
    return html`<div class="wu-language"><details class="wu-language-details">
      <summary><span class="wu-nav-icon wu-icon-language" aria-hidden="true"></span><span>${t('layout.language')}</span>
        <span lang=${current.tag}>${current.name}</span></summary>
      <ul aria-label=${t('layout.language.choose')}>
        ${LANGUAGES.map(
          (l) => html`<li><a href=${`/language/${l.tag}?to=${encodeURIComponent(location.pathname)}`} router-ignore
            lang=${l.tag} hreflang=${l.tag} aria-current=${l.tag === current.tag ? 'true' : nothing}
            @click=${(e: Event) => choose(e, l)}>${l.name}</a></li>`,
        )}
      </ul></details></div>`;
  }

  override render() {
    if (!this.ready) return html`<p class="wu-page">${t('form.loading')}</p>`;
    const [, , section] = this.path.split('/');
    if (this.capture || section === 'capture') {
      // Event capture fills the screen: no navigation a respondent could use to reach other pages. One template for
      // setting up and capturing, so the capture element (and where it is in the hand-over) is never re-created.
      const key = this.capture?.formKey ?? this.path.split('/')[3];
      const form = this.of('form').find((f) => f.key === key) as FormDefinition | undefined;
      return html`<div class="wu-app wu-app-capture"><main id="main-content" class="wu-content" tabindex="-1">
        <div class="wu-page"><withus-event-capture .form=${form}></withus-event-capture></div></main></div>`;
    }
    const navItem = (href: string, key: string, current: boolean, extra = '') => html`<li><a href=${href}
      aria-current=${current ? 'page' : nothing}><span>${t(key)}${extra}</span></a></li>`;
    return html`<div class="wu-app">
      <a class="wu-skip-link" href="#main-content">${t('layout.skip')}</a>
      <header class="wu-header">
        <a class="wu-brand" href="/offline" aria-label=${t('layout.brand.label')}>${t('app.name')}</a>
        ${this.languageChoice()}
        <div class="wu-user">
          ${this.account ? html`<span class="wu-user-name">${t('layout.signedInAs', this.account.displayName)}</span>` : nothing}
          <a href="/" class="wu-online-link" router-ignore>${t('offline.onlineApp')}</a>
        </div>
      </header>
      <nav class="wu-nav" aria-label=${t('offline.nav.label')}><ul>
        ${navItem('/offline', 'offline.nav.groups', !section)}
        ${navItem('/offline/forms', 'offline.nav.forms', section === 'forms' || section === 'capture')}
        ${navItem('/offline/outbox', 'offline.nav.outbox', section === 'outbox', this.waiting ? ` (${this.waiting})` : '')}
      </ul></nav>
      <main id="main-content" class="wu-content" tabindex="-1"><div class="wu-page">
        ${this.unreachable ? html`<div class="wu-notice" role="status">${t('offline.unreachable')}</div>` : nothing}
        ${this.renderPage()}</div></main>
      <footer class="wu-footer"><p>${t('offline.footer')}</p></footer>
    </div>`;
  }

  private renderPage() {
    const [, , section, id, format] = this.path.split('/');
    if (section === 'outbox') return html`<withus-outbox></withus-outbox>`;
    if (!this.account) {
      return html`<h1 tabindex="-1">${t('offline.home.heading')}</h1><p>${t('offline.noAccount')}</p><p><a href="/login" router-ignore>${t('layout.signIn')}</a></p>`;
    }
    if (section === 'forms' && id) return this.renderForm(id);
    if (section === 'forms') return this.renderForms();
    if (section === 'materials' && id) return this.renderMaterial(id, format);
    return this.renderHome();
  }

  private renderHome() {
    const groups = this.of('group');
    const meetings = this.of('meeting');
    const materials = this.of('material');
    const english = currentLanguage().tag === 'en' ? nothing : 'en'; // the council writes these in English
    const englishDir = english === nothing ? nothing : 'ltr'; // and left to right, also in an Arabic page
    return html`<h1 tabindex="-1">${t('offline.home.heading')}</h1>
      <p>${t('offline.home.intro')}</p>
      ${groups.length === 0 ? html`<p>${t('offline.home.nothingYet')}</p>` : nothing}
      <div class="wu-status-live" role="status" aria-live="polite">${this.keepMessage}</div>
      ${groups.map(
        (g) => html`<section aria-labelledby=${`wu-g-${g.slug}`}>
        <h2 id=${`wu-g-${g.slug}`} lang=${english} dir=${englishDir}>${g.name}</h2>
        ${meetings
          .filter((m) => m.groupSlug === g.slug)
          .slice(0, 1)
          .map(
            (m) => html`<p class="wu-meta">
          ${t('offline.home.nextMeeting', formatDate(m.startsAt, { dateStyle: 'full', timeStyle: 'short' }), m.place)}</p>
          ${
            m.canReply
              ? html`<withus-meeting-reply meeting-id=${String(m.id)} meeting-label=${formatDate(m.startsAt, { dateStyle: 'full' })}
                  .reply=${m.myReply}></withus-meeting-reply>`
              : nothing
          }`,
          )}
        ${
          materials.filter((m) => m.groupSlug === g.slug).length === 0
            ? html`<p>${t('offline.home.noMaterials')}</p>`
            : html`
        <ul class="wu-card-list">${materials
          .filter((m) => m.groupSlug === g.slug)
          .map(
            (m) => html`<li class="wu-card">
          <h3 lang=${english} dir=${englishDir}><a href=${`/offline/materials/${m.id}`}>${m.title}</a></h3>
          <p lang=${english} dir=${englishDir}>${m.summary}</p>
          <p class="wu-meta">${this.kept.has(String(m.id)) ? t('offline.material.kept') : t('offline.material.textOnly')}</p>
          <button type="button" class="wu-button-secondary" aria-pressed=${this.kept.has(String(m.id)) ? 'true' : 'false'}
            @click=${() => this.toggleKeep(m)}>${t('offline.material.keep', m.title)}</button>
        </li>`,
          )}</ul>`
        }
        <withus-group-membership group-id=${String(g.id)} group-name=${g.name} ?member=${Boolean(g.member)}
          ?can-ask=${Boolean(g.canAskToJoin)} .request=${g.myRequest} .invitation=${g.myInvitation}></withus-group-membership>
      </section>`,
      )}`;
  }

  private async toggleKeep(material: any) {
    this.keepChanges++;
    const id = String(material.id);
    const kept = new Set(this.kept);
    const files: string[] = material.formats.filter((f: any) => f.href).map((f: any) => f.href);
    const cache = await caches.open(MATERIALS_CACHE);
    try {
      if (kept.has(id)) {
        kept.delete(id);
        for (const href of files) await cache.delete(href);
        this.keepMessage = t('offline.material.removed', material.title);
      } else {
        for (const href of files) await cache.add(new Request(href, { credentials: 'same-origin' }));
        kept.add(id);
        this.keepMessage = t('offline.material.keptNow', material.title);
      }
    } catch {
      this.keepMessage = t('offline.material.keepFailed', material.title);
    }
    await setMeta(`kept:${this.account?.username}`, [...kept]);
    this.kept = kept;
    this.keepChanges++;
  }

  private renderMaterial(id: string, formatSlug?: string) {
    const material = this.of('material').find((m) => String(m.id) === id);
    if (!material) return html`<h1 tabindex="-1">${t('notFound.heading')}</h1><p>${t('offline.material.notHere')}</p>`;
    const reader = currentLanguage().tag;
    const own = (f: any) => f.kind === 'translated' && reader !== 'en' && f.language.split('-')[0] === reader;
    // the formats in the reader's own language first, as on the online page; without a choice, that one opens
    const formats = [...material.formats].sort((a: any, b: any) => Number(own(b)) - Number(own(a)));
    const format =
      formats.find((f: any) => f.kind === formatSlug) ??
      formats.find(own) ??
      formats.find((f: any) => f.kind === 'standard') ??
      formats[0];
    const english = reader === 'en' ? nothing : 'en'; // the council writes titles and summaries in English
    const englishDir = english === nothing ? nothing : 'ltr';
    return html`<p><a href="/offline">${t('offline.back')}</a></p>
      <h1 tabindex="-1" lang=${english} dir=${englishDir}>${material.title}</h1>
      <p lang=${english} dir=${englishDir}>${material.summary}</p>
      <nav aria-label=${t('materials.chooseFormat')}><ul class="wu-format-links">
        ${formats.map(
          (f: any) => html`<li><a href=${`/offline/materials/${id}/${f.kind}`}
          aria-current=${f === format ? 'page' : nothing}>${this.formatLabel(f)}</a></li>`,
        )}
      </ul></nav>
      ${this.renderReady(material, id)}
      ${this.renderAskForOther(material)}
      ${
        reader !== 'en' && !formats.some(own)
          ? html`<withus-paper-request material-id=${String(material.id)} paper-title=${material.title}
              format="standard" language=${reader}></withus-paper-request>`
          : nothing
      }
      <div class=${format.kind === 'large-print' ? 'wu-material-body wu-large-print' : 'wu-material-body'} lang=${format.language}>
        ${
          format.href && String(format.mediaType).startsWith('audio/')
            ? html`<audio controls preload="none" src=${format.href} aria-describedby="wu-transcript-h"></audio>
          ${this.kept.has(id) ? nothing : html`<p class="wu-hint">${t('offline.material.audioNotKept')}</p>`}
          <h2 id="wu-transcript-h">${t('materials.audio.transcript')}</h2>`
            : nothing
        }
        ${
          format.href && !String(format.mediaType).startsWith('audio/')
            ? html`<p><a href=${format.href} download>${t(
                'materials.document.download',
                t(`paper.fileKind.${String(format.mediaType).replace(/[^a-z]/g, '')}`),
                fileSize(format.fileSize ?? 0),
              )}</a></p>
          ${this.kept.has(id) ? nothing : html`<p class="wu-hint">${t('offline.material.documentNotKept')}</p>`}`
            : nothing
        }
        ${format.paragraphs.map((p: string) => html`<p>${p}</p>`)}
      </div>`;
  }

  /**
   * "You asked for this paper in easy read: it is here now", for each of the person's requests that the pull marks
   * ready (the organiser added the format), with a link to it.
   */
  private renderReady(material: any, id: string) {
    const ready = ((material.myRequests ?? []) as any[]).filter((r) => r.readyAt);
    if (ready.length === 0) return nothing;
    return html`<div class="wu-inset" role="status">${ready.map((r) => {
      const kind = r.format === 'standard' ? 'translated' : r.format;
      const format = (material.formats as any[]).find(
        (f) => f.kind === kind && f.language.split('-')[0] === r.language.split('-')[0],
      );
      const what =
        kind === 'translated'
          ? this.formatLabel({ kind, language: r.language })
          : t(`paperRequest.format.${kind.toUpperCase().replace('-', '_')}`);
      return html`<p>${t('paperRequest.ready', what, formatDate(r.readyAt, { dateStyle: 'long' }))}
        ${format ? html` <a href=${`/offline/materials/${id}/${format.kind}`}>${t('paperRequest.ready.open', what)}</a>` : nothing}</p>`;
    })}</div>`;
  }

  /** "Ask for this paper in easy read" (large print, audio) for each of those it is not in, as on the online page. */
  private renderAskForOther(material: any) {
    const missing = ['easy-read', 'large-print', 'audio'].filter(
      (kind) => !(material.formats as any[]).some((f) => f.kind === kind),
    );
    if (missing.length === 0) return nothing;
    return html`<section aria-labelledby="ask-for-format-h"><h2 id="ask-for-format-h">${t('paperRequest.other.heading')}</h2>
      ${missing.map(
        (kind, i) => html`<withus-paper-request material-id=${String(material.id)} paper-title=${material.title}
          format=${kind} language="en" ?no-hint=${i < missing.length - 1}></withus-paper-request>`,
      )}</section>`;
  }

  /** A format's name; a translation by its language's own name and its name in the reader's language (as online). */
  private formatLabel(f: any): string {
    if (f.kind !== 'translated') return t(`format.${f.kind.toUpperCase().replace('-', '_')}`);
    const ownName = new Intl.DisplayNames([f.language], { type: 'language' }).of(f.language) ?? f.language;
    const own = ownName.charAt(0).toLocaleUpperCase(f.language) + ownName.slice(1);
    const inReaders = languageName(f.language);
    return own.toLocaleLowerCase() === inReaders.toLocaleLowerCase() ? own : `${own} (${inReaders})`;
  }

  private renderForms() {
    const forms = (this.of('form') as FormDefinition[]).filter(isPickedFromList);
    return html`<h1 tabindex="-1">${t('offline.forms.heading')}</h1>
      <p>${t('offline.forms.intro')}</p>
      ${
        forms.length === 0
          ? html`<p>${t('offline.forms.none')}</p>`
          : html`<ul class="wu-card-list">${forms.map(
              (f) => html`
        <li class="wu-card"><h2 lang=${titleLanguageOf(f) ?? nothing}><a href=${`/offline/forms/${f.key}`}>${titleOf(f)}</a></h2><p lang=${titleLanguageOf(f) ?? nothing}>${descriptionOf(f)}</p>
        ${f.key === 'community-event' ? html`<p><a href=${`/offline/capture/${f.key}`}>${t('offline.forms.startCapture', titleOf(f))}</a></p>` : nothing}
        </li>`,
            )}</ul>`
      }`;
  }

  private renderForm(key: string) {
    const form = (this.of('form') as FormDefinition[]).filter(isPickedFromList).find((f) => f.key === key);
    if (!form) return html`<h1 tabindex="-1">${t('notFound.heading')}</h1><p>${t('offline.forms.notHere')}</p>`;
    return html`<p><a href="/offline/forms">${t('offline.back')}</a></p>
      <h1 tabindex="-1" lang=${titleLanguageOf(form) ?? nothing}>${titleOf(form)}</h1><p lang=${titleLanguageOf(form) ?? nothing}>${descriptionOf(form)}</p>
      <withus-form .form=${form} @withus-submitted=${() => void this.load()}></withus-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'withus-offline-app': WithUsOfflineApp;
  }
}
