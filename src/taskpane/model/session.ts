/**
 * The pane's state and every action a user can take, without React or Word:
 * it talks to a `DocumentHost` and an `EngineClient`, and components render
 * its snapshot. Writes to the document happen only through explicit actions.
 */
import type { Finding } from '../../core/index.js'
import type { DocumentHost, DocumentParagraph, HostCapabilities, WriteOutcome } from '../../word/host.js'
import { EngineError, type EngineClient } from '../engine/client.js'
import type { DocumentReadability, SentencePlace } from '../engine/protocol.js'
import { documentItems, withDocumentFindings } from './document.js'
import { loadFilters, saveFilters, type FilterPrefs } from './filters.js'
import {
  addAllowed,
  loadAllowed,
  loadDocumentIgnores,
  removeAllowed,
  saveAllowed,
  saveDocumentIgnores,
  type AllowedRule,
} from './ignore.js'
import { alternativesOf, reviewItems, targetOf, visibleItems, type CheckedParagraph, type ReviewItem } from './review.js'
import type { KeyValueStore } from './storage.js'

export type Phase = 'idle' | 'reading' | 'checking' | 'ready' | 'error'

export interface Notice {
  readonly intent: 'success' | 'warning' | 'error' | 'info'
  readonly text: string
}

export interface SessionState {
  readonly phase: Phase
  /** Paragraphs checked so far, out of the total, during a full check. */
  readonly progress: { readonly done: number; readonly total: number } | undefined
  readonly paragraphs: readonly CheckedParagraph[]
  readonly items: readonly ReviewItem[]
  readonly capabilities: HostCapabilities | undefined
  readonly filters: FilterPrefs
  readonly allowed: readonly AllowedRule[]
  readonly documentIgnores: readonly string[]
  /** The last outcome of a user action, announced to screen readers. */
  readonly notice: Notice | undefined
  /** Set when a write found changed text and the host cannot report edits. */
  readonly documentChanged: boolean
  /** Dutch message for a failed check; the pane stays usable. */
  readonly error: string | undefined
  readonly checkedAt: Date | undefined
  /** An action on these items is in progress; their buttons are disabled. */
  readonly busy: ReadonlySet<string>
  /** The user wants inline marks in the document (only offered where the host has them). */
  readonly marks: boolean
  /** The readability report of the last check, kept up to date with edits. */
  readonly readability: DocumentReadability | undefined
}

const MARKS_KEY = 'woordwijs.marks.v1'
const UNEXPECTED_WRITE_ERROR = 'Dat is niet gelukt: Word gaf een onverwachte fout. Controleer de tekst en probeer het opnieuw.'
/** Marks follow the list, but not on every keystroke's re-check. */
const MARK_DEBOUNCE_MS = 300

/** Paragraphs per engine request: small enough for a smooth progress bar. */
const BATCH = 40
/** Paragraph events arrive in bursts while someone types. */
const EVENT_DEBOUNCE_MS = 500

/** A full check under way: paragraphs checked so far, in document order, and how many there are once read. */
interface CheckRun {
  readonly checked: Map<string, CheckedParagraph>
  total: number | undefined
}

export interface SessionOptions {
  readonly host: DocumentHost
  readonly engine: EngineClient
  readonly store: KeyValueStore
  /** Where failures are logged for support; the user sees Dutch messages. */
  readonly log?: (message: string, detail: unknown) => void
}

export class ReviewSession {
  private state: SessionState
  private readonly listeners = new Set<() => void>()
  private readonly occurrences = new Set<string>()
  private queue: Promise<void> = Promise.resolve()
  private unsubscribe: (() => Promise<void>) | undefined
  private pendingIds = new Set<string>()
  private eventTimer: ReturnType<typeof setTimeout> | undefined
  private markTimer: ReturnType<typeof setTimeout> | undefined
  /** Target keys currently marked in the document. */
  private marked = new Set<string>()
  private disposed = false

  constructor(private readonly options: SessionOptions) {
    this.state = {
      phase: 'idle',
      progress: undefined,
      paragraphs: [],
      items: [],
      capabilities: undefined,
      filters: loadFilters(options.store),
      allowed: loadAllowed(options.store),
      documentIgnores: [],
      notice: undefined,
      documentChanged: false,
      error: undefined,
      checkedAt: undefined,
      busy: new Set(),
      marks: options.store.get(MARKS_KEY) === 'on',
      readability: undefined,
    }
  }

  // --- store protocol for useSyncExternalStore -------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getSnapshot = (): SessionState => this.state

  private update(patch: Partial<SessionState>): void {
    if (this.disposed) return
    const next = { ...this.state, ...patch }
    if (patch.paragraphs || patch.documentIgnores || patch.allowed) {
      next.items = reviewItems(next.paragraphs, {
        occurrences: this.occurrences,
        documentRules: next.documentIgnores,
        allowedRules: next.allowed.map((rule) => rule.ruleId),
      })
    }
    const itemsChanged = next.items !== this.state.items || next.filters !== this.state.filters
    this.state = next
    for (const listener of this.listeners) listener()
    if (itemsChanged) this.scheduleMarks()
  }

  private refreshItems(): void {
    this.update({ paragraphs: this.state.paragraphs })
  }

  /** Run document work one job at a time, so results never interleave. */
  private enqueue(job: () => Promise<void>): Promise<void> {
    const run = this.queue.then(job, job)
    this.queue = run.catch(() => undefined)
    return run
  }

  private log(message: string, detail: unknown): void {
    this.options.log?.(message, detail)
  }

  // --- lifecycle --------------------------------------------------------------

  private starting: Promise<void> | undefined

  /** Read what the host can do and the document's ignore list; once, however often it is called. */
  start(): Promise<void> {
    this.starting ??= this.readHost()
    return this.starting
  }

  private async readHost(): Promise<void> {
    try {
      const [capabilities, documentIgnores] = await Promise.all([
        this.options.host.capabilities(),
        loadDocumentIgnores(this.options.host),
      ])
      this.update({ capabilities, documentIgnores })
    } catch (error) {
      this.log('start failed', error)
      this.update({ error: 'Woordwijs kan het document niet lezen. Sluit het venster en open het opnieuw.' })
    }
  }

  async dispose(): Promise<void> {
    this.disposed = true
    if (this.eventTimer) clearTimeout(this.eventTimer)
    if (this.markTimer) clearTimeout(this.markTimer)
    this.listeners.clear()
    await this.unsubscribe?.()
  }

  // --- checking ---------------------------------------------------------------

  /**
   * Check the whole document; the only action that reads all of it. Each page
   * the host reads is checked at once, so the first findings show while the
   * rest is still being read; the document pass follows the last page.
   */
  checkDocument(): Promise<void> {
    return this.enqueue(async () => {
      // A fresh list fills page by page; old findings mixed in would point at text that may have changed.
      this.update({ phase: 'reading', progress: undefined, error: undefined, notice: undefined, paragraphs: [], readability: undefined })
      try {
        // A click can come before the pane finished starting; capabilities decide what follows.
        await this.start()
        const documentIgnores = await loadDocumentIgnores(this.options.host)
        this.update({ documentIgnores })
        const run: CheckRun = { checked: new Map(), total: undefined }
        let pages: Promise<void> = Promise.resolve()
        const read = await this.options.host.readDocument({
          onProgress: (progress) => {
            if (this.state.phase === 'reading') this.update({ progress: { done: progress.done, total: progress.total } })
          },
          onPage: (page) => {
            pages = pages.then(() => this.checkParagraphs(page, run))
            // Handled when awaited below; this only keeps a failed page from counting as unhandled meanwhile.
            pages.catch(() => undefined)
          },
        })
        run.total = read.filter((paragraph) => paragraph.text.trim() !== '').length
        this.update({ phase: 'checking', progress: { done: run.checked.size, total: run.total } })
        await pages
        // A host that does not report pages still gets every paragraph checked.
        await this.checkParagraphs(read.filter((paragraph) => !run.checked.has(paragraph.id)), run)
        const own = read.map((paragraph) => run.checked.get(paragraph.id) ?? { ...paragraph, findings: [] })
        const result = await this.options.engine.checkDocument(documentItems(own))
        this.update({
          phase: 'ready',
          progress: undefined,
          paragraphs: withDocumentFindings(own, result.findings),
          readability: result.readability,
          documentChanged: false,
          checkedAt: new Date(),
        })
        await this.watchParagraphs()
      } catch (error) {
        this.log('check failed', error)
        this.update({
          phase: 'error',
          progress: undefined,
          error:
            error instanceof EngineError
              ? `${error.message} Probeer het opnieuw; blijft het misgaan, meld het dan bij uw beheerder.`
              : 'Woordwijs kon het document niet lezen. Probeer het opnieuw.',
        })
      }
    })
  }

  /**
   * Check paragraphs on their own, in batches, adding them to the run and to
   * the list as each batch comes back. Empty paragraphs are not sent to the
   * engine, but stay known so typing in one is a plain re-check.
   */
  private async checkParagraphs(paragraphs: readonly DocumentParagraph[], run: CheckRun): Promise<void> {
    const checkable = paragraphs.filter((paragraph) => paragraph.text.trim() !== '')
    for (let index = 0; index < checkable.length; index += BATCH) {
      const batch = checkable.slice(index, index + BATCH)
      const results = await this.options.engine.check(batch.map(({ id, text }) => ({ id, text })))
      batch.forEach((paragraph, offset) => {
        run.checked.set(paragraph.id, { ...paragraph, findings: results[offset]?.findings ?? [] })
      })
      const paragraphsSoFar = [...run.checked.values()]
      // While reading, the bar shows the host's reading progress; afterwards, what is checked of what was read.
      this.update(
        run.total === undefined
          ? { paragraphs: paragraphsSoFar }
          : { paragraphs: paragraphsSoFar, progress: { done: run.checked.size, total: run.total } },
      )
    }
  }

  /** Re-read and re-check these paragraphs; unknown ids mean new paragraphs, so check everything. */
  recheckParagraphs(ids: readonly string[]): Promise<void> {
    return this.enqueue(async () => {
      if (this.state.phase !== 'ready') return
      const known = new Set(this.state.paragraphs.map((paragraph) => paragraph.id))
      if (ids.some((id) => !known.has(id))) {
        // New paragraphs: their place in the document is only known from a full read.
        void this.checkDocument()
        return
      }
      try {
        const fresh = await this.options.host.readParagraphs(ids)
        const filled = fresh.filter((paragraph) => paragraph.text.trim() !== '')
        const results = filled.length > 0 ? await this.options.engine.check(filled.map(({ id, text }) => ({ id, text }))) : []
        const findings = new Map(results.map((result) => [result.id, result.findings]))
        const byId = new Map<string, CheckedParagraph>()
        for (const paragraph of fresh) byId.set(paragraph.id, { ...paragraph, findings: findings.get(paragraph.id) ?? [] })
        const requested = new Set(ids)
        const paragraphs = this.state.paragraphs
          // A requested paragraph that could not be read back was deleted.
          .filter((paragraph) => !requested.has(paragraph.id) || byId.has(paragraph.id))
          .map((paragraph) => byId.get(paragraph.id) ?? paragraph)
        // One edit can start or end a switch between u and je anywhere: the document pass runs again.
        const result = await this.options.engine.checkDocument(documentItems(paragraphs))
        this.update({ paragraphs: withDocumentFindings(paragraphs, result.findings), readability: result.readability })
      } catch (error) {
        this.log('recheck failed', error)
        this.update({ documentChanged: true })
      }
    })
  }

  private async watchParagraphs(): Promise<void> {
    if (this.unsubscribe || !this.state.capabilities?.paragraphEvents) return
    try {
      this.unsubscribe = await this.options.host.onParagraphsChanged((ids) => {
        for (const id of ids) this.pendingIds.add(id)
        if (this.eventTimer) clearTimeout(this.eventTimer)
        this.eventTimer = setTimeout(() => {
          const pending = [...this.pendingIds]
          this.pendingIds = new Set()
          if (pending.length > 0) void this.recheckParagraphs(pending)
        }, EVENT_DEBOUNCE_MS)
      })
    } catch (error) {
      // Without events the manual re-check still works; nothing to tell the user.
      this.log('paragraph events unavailable', error)
    }
  }

  // --- actions on one finding -----------------------------------------------

  private async withBusy(item: ReviewItem, action: () => Promise<void>): Promise<void> {
    this.update({ busy: new Set([...this.state.busy, item.key]), notice: undefined })
    try {
      await action()
    } finally {
      const busy = new Set(this.state.busy)
      busy.delete(item.key)
      this.update({ busy })
    }
  }

  /** Tell the user about a write that did not happen; never retry it silently. */
  private async handleOutcome(paragraphId: string, outcome: WriteOutcome | undefined, success: string): Promise<boolean> {
    if (outcome?.status === 'done') {
      this.update({ notice: { intent: 'success', text: success } })
      return true
    }
    if (outcome?.status === 'stale') {
      this.update({
        notice: { intent: 'warning', text: 'De tekst is gewijzigd sinds de controle. Woordwijs heeft de alinea opnieuw gecontroleerd.' },
        documentChanged: !this.state.capabilities?.paragraphEvents,
      })
      await this.recheckParagraphs([paragraphId])
      return false
    }
    this.log('write failed', outcome)
    // A host's failure message is Dutch and written for the user (src/word/messages.ts).
    this.update({ notice: { intent: 'error', text: outcome?.message ?? UNEXPECTED_WRITE_ERROR } })
    return false
  }

  /** A host call that threw instead of reporting an outcome: log it, tell the user plainly. */
  private readonly thrown = (error: unknown): { readonly status: 'failed'; readonly message: string } => {
    this.log('host call threw', error)
    return { status: 'failed', message: UNEXPECTED_WRITE_ERROR }
  }

  replace(item: ReviewItem, replacement: string): Promise<void> {
    return this.withBusy(item, async () => {
      const [outcome] = await this.options.host
        .replace([{ target: targetOf(item), replacement }])
        .catch((error: unknown) => [this.thrown(error)])
      const done = await this.handleOutcome(item.paragraph.id, outcome, `'${item.finding.text}' is vervangen door '${replacement}'.`)
      if (done) await this.recheckParagraphs([item.paragraph.id])
    })
  }

  select(item: ReviewItem): Promise<void> {
    return this.withBusy(item, async () => {
      const outcome = await this.options.host
        .select(targetOf(item))
        .catch(this.thrown)
      if (outcome.status === 'done') return
      await this.handleOutcome(item.paragraph.id, outcome, '')
    })
  }

  /** Select a sentence of the readability report, e.g. a long one from the chart. */
  async showSentence(sentence: SentencePlace): Promise<void> {
    const paragraph = this.state.paragraphs.find((candidate) => candidate.id === sentence.paragraphId)
    if (!paragraph) return
    this.update({ notice: undefined })
    const target = {
      paragraphId: paragraph.id,
      start: sentence.start,
      end: sentence.end,
      expected: paragraph.text.slice(sentence.start, sentence.end),
    }
    const outcome = await this.options.host.select(target).catch(this.thrown)
    if (outcome.status !== 'done') await this.handleOutcome(paragraph.id, outcome, '')
  }

  addComment(item: ReviewItem): Promise<void> {
    return this.withBusy(item, async () => {
      const outcome = await this.options.host
        .addComment(targetOf(item), commentText(item.finding))
        .catch(this.thrown)
      await this.handleOutcome(item.paragraph.id, outcome, `Opmerking toegevoegd bij '${item.finding.text}'.`)
    })
  }

  /** Hide this one occurrence for the rest of the session. */
  ignoreOnce(item: ReviewItem): void {
    this.occurrences.add(item.occurrence)
    this.refreshItems()
    this.update({ notice: { intent: 'info', text: `'${item.finding.text}' wordt hier niet meer gemeld.` } })
  }

  /** Hide this rule for everyone who opens the document. */
  ignoreInDocument(item: ReviewItem): Promise<void> {
    return this.withBusy(item, async () => {
      const next = [...new Set([...this.state.documentIgnores, item.finding.ruleId])]
      try {
        await saveDocumentIgnores(this.options.host, next)
        this.update({
          documentIgnores: next,
          notice: { intent: 'info', text: `'${item.finding.text}' wordt in dit document niet meer gemeld.` },
        })
      } catch (error) {
        this.log('document setting failed', error)
        this.update({ notice: { intent: 'error', text: 'Opslaan in het document is niet gelukt.' } })
      }
    })
  }

  async unignoreInDocument(ruleId: string): Promise<void> {
    const next = this.state.documentIgnores.filter((id) => id !== ruleId)
    try {
      await saveDocumentIgnores(this.options.host, next)
      this.update({ documentIgnores: next, notice: undefined })
    } catch (error) {
      this.log('document setting failed', error)
      this.update({ notice: { intent: 'error', text: 'Opslaan in het document is niet gelukt.' } })
    }
  }

  /** Never report this rule again for this user. */
  allowAlways(item: ReviewItem): void {
    const allowed = addAllowed(this.state.allowed, { ruleId: item.finding.ruleId, word: item.finding.text.toLowerCase() })
    saveAllowed(this.options.store, allowed)
    this.update({
      allowed,
      notice: { intent: 'info', text: `Woordwijs meldt '${item.finding.text}' u voortaan nergens meer. Terugdraaien kan onder Instellingen.` },
    })
  }

  disallow(ruleId: string): void {
    const allowed = removeAllowed(this.state.allowed, ruleId)
    saveAllowed(this.options.store, allowed)
    this.update({ allowed })
  }

  // --- inline marks -----------------------------------------------------------

  /** Turn inline marks on or off for this user; off removes the ones shown. */
  setMarks(enabled: boolean): void {
    this.options.store.set(MARKS_KEY, enabled ? 'on' : 'off')
    this.update({ marks: enabled })
    this.scheduleMarks()
  }

  private scheduleMarks(): void {
    if (this.disposed || !this.state.capabilities?.annotations) return
    if (!this.state.marks && this.marked.size === 0) return
    if (this.markTimer) clearTimeout(this.markTimer)
    this.markTimer = setTimeout(() => void this.enqueue(() => this.syncMarks()), MARK_DEBOUNCE_MS)
  }

  /** Make the document's marks match the visible findings: add new ones, and start over when some must go. */
  private async syncMarks(): Promise<void> {
    const host = this.options.host
    const wanted = this.state.marks && this.state.phase === 'ready' ? visibleItems(this.state.items, this.state.filters) : []
    const keys = new Set(wanted.map((item) => item.key))
    try {
      if ([...this.marked].some((key) => !keys.has(key))) {
        await host.clearMarks()
        this.marked = new Set()
      }
      const fresh = wanted.filter((item) => !this.marked.has(item.key))
      if (fresh.length > 0) {
        await host.mark(fresh.map((item) => ({ target: targetOf(item), suggestions: alternativesOf(item.finding).insertable })))
        for (const item of fresh) this.marked.add(item.key)
      }
    } catch (error) {
      // Marks are an extra; the list in the pane is complete without them.
      this.log('marks failed', error)
    }
  }

  setFilters(filters: FilterPrefs): void {
    saveFilters(this.options.store, filters)
    this.update({ filters })
  }

  dismissNotice(): void {
    this.update({ notice: undefined })
  }
}

/** The Word comment for reviewers who may not edit: what, instead, why. */
export function commentText(finding: Finding): string {
  const lines = [`woordwijs: ${finding.message}`]
  const alternatives = [...finding.suggestions, ...finding.hints]
  if (alternatives.length > 0) lines.push(`Alternatief: ${alternatives.join(' / ')}`)
  lines.push(finding.explanation)
  return lines.join('\n')
}

/** Dutch text for the document part a paragraph comes from, for cards outside the body. */
export function partLabel(paragraph: DocumentParagraph): string | undefined {
  switch (paragraph.part) {
    case 'header':
      return 'Koptekst'
    case 'footer':
      return 'Voettekst'
    case 'footnote':
      return 'Voetnoot'
    case 'table':
      return 'Tabel'
    default:
      return undefined
  }
}
