/**
 * An in-memory stand-in for Word's JavaScript API (the subset in `../api.ts`),
 * for the adapter tests and the browser preview page. Browser-safe: no Node
 * APIs. Build a document from a small spec, then either pass `fake.Word` /
 * `fake.Office` around or `install()` them as globals.
 *
 * Modelled simplifications, on purpose: ranges never cross a paragraph; with
 * track changes on, `text` shows the document as if the changes were accepted
 * and the revisions are listed separately; a footnote reference mark reads as
 * U+0002 in both the body and the note (as office.js reports it in notes).
 */
import type { OfficeApi, RequestContextApi, SettingsApi, WordApi } from '../api.js'
import { DocumentModel, FakeError, ParagraphModel, type ContentControlModel, type HeaderFooterType, type PartKind, type Run, type RunFormat } from './model.js'
import { FakeContext } from './proxies.js'
import { checkFault, deliverEvents, type FakeRuntime, type FaultSpec } from './runtime.js'

export { FakeError } from './model.js'
export type { FaultSpec } from './runtime.js'
export { findAll, compileSearch, MAX_SEARCH_LENGTH } from './search.js'

export const FOOTNOTE_MARK = '\u0002'

export type RunSpec =
  | string
  | ({ readonly text: string } & RunFormat)
  | { readonly footnote: string }
  | { readonly field: string; readonly code?: string }

export type ParagraphSpec =
  | string
  | readonly RunSpec[]
  | { readonly runs: string | readonly RunSpec[]; readonly locked?: boolean; readonly contentControl?: boolean }

export type BlockSpec = ParagraphSpec | { readonly table: readonly (readonly ParagraphSpec[])[] }

export interface SectionSpec {
  readonly headers?: Partial<Record<HeaderFooterType, readonly ParagraphSpec[]>>
  readonly footers?: Partial<Record<HeaderFooterType, readonly ParagraphSpec[]>>
}

export interface FakeDocumentSpec {
  readonly body: readonly BlockSpec[]
  /** Shortcut for one section's primary header / footer. */
  readonly header?: readonly ParagraphSpec[]
  readonly footer?: readonly ParagraphSpec[]
  readonly sections?: readonly SectionSpec[]
}

export interface FakeWordOptions {
  /** Highest WordApi set supported, e.g. '1.3' or '1.8'. Default '1.8'. */
  readonly wordApi?: string
  /** 'throw' makes annotation calls fail with GeneralException, as on perpetual licences. */
  readonly annotations?: 'working' | 'throw'
  readonly changeTrackingMode?: 'Off' | 'TrackAll' | 'TrackMineOnly'
  readonly settings?: Readonly<Record<string, unknown>>
}

export interface InspectedRun extends RunFormat {
  readonly text: string
  readonly kind: Run['kind']
}

export interface InspectedParagraph {
  readonly uid: string
  readonly part: PartKind
  readonly text: string
  readonly tableNestingLevel: number
  readonly locked: boolean
  readonly runs: readonly InspectedRun[]
}

function isTable(block: BlockSpec): block is { readonly table: readonly (readonly ParagraphSpec[])[] } {
  return typeof block === 'object' && !Array.isArray(block) && 'table' in block
}

class Builder {
  private nextControl = 1
  constructor(readonly doc: DocumentModel) {}

  paragraph(spec: ParagraphSpec, part: PartKind, level: number): ParagraphModel {
    const runsSpec: string | readonly RunSpec[] = typeof spec === 'string' || Array.isArray(spec) ? (spec as string | readonly RunSpec[]) : (spec as { runs: string | readonly RunSpec[] }).runs
    const obj = typeof spec === 'object' && !Array.isArray(spec) ? (spec as { locked?: boolean; contentControl?: boolean }) : undefined
    const control: ContentControlModel | undefined =
      obj?.locked === true || obj?.contentControl === true ? { id: this.nextControl++, cannotEdit: obj.locked === true } : undefined
    const runs: Run[] = []
    for (const run of typeof runsSpec === 'string' ? [runsSpec] : runsSpec) {
      if (typeof run === 'string') runs.push({ text: run, format: {}, kind: 'text' })
      else if ('footnote' in run) {
        runs.push({ text: FOOTNOTE_MARK, format: {}, kind: 'footnoteRef' })
        this.doc.footnoteParagraphs.push(
          new ParagraphModel(this.doc, this.doc.newUid(), [{ text: FOOTNOTE_MARK, format: {}, kind: 'footnoteRef' }, { text: run.footnote, format: {}, kind: 'text' }], 'footnote', 0, undefined),
        )
      } else if ('field' in run) runs.push({ text: run.field, format: {}, kind: 'field', fieldCode: run.code ?? '' })
      else {
        const { text, ...format } = run
        runs.push({ text, format, kind: 'text' })
      }
    }
    return new ParagraphModel(this.doc, this.doc.newUid(), runs.filter((r) => r.text.length > 0), part, level, control)
  }

  part(specs: readonly ParagraphSpec[] | undefined, part: PartKind): ParagraphModel[] {
    // Word always has at least one (empty) paragraph in a header or footer.
    return (specs ?? ['']).map((s) => this.paragraph(s, part, 0))
  }
}

export function buildDocument(spec: FakeDocumentSpec): DocumentModel {
  return buildWith(spec).doc
}

function buildWith(spec: FakeDocumentSpec): { doc: DocumentModel; builder: Builder } {
  const doc = new DocumentModel()
  const builder = new Builder(doc)
  for (const block of spec.body) {
    if (isTable(block)) {
      for (const row of block.table) for (const cell of row) doc.bodyParagraphs.push(builder.paragraph(cell, 'body', 1))
    } else doc.bodyParagraphs.push(builder.paragraph(block, 'body', 0))
  }
  const sections: readonly SectionSpec[] = spec.sections ?? [
    { headers: spec.header ? { Primary: spec.header } : {}, footers: spec.footer ? { Primary: spec.footer } : {} },
  ]
  for (const s of sections) {
    doc.sections.push({
      headers: {
        Primary: builder.part(s.headers?.Primary, 'header'),
        FirstPage: builder.part(s.headers?.FirstPage, 'header'),
        EvenPages: builder.part(s.headers?.EvenPages, 'header'),
      },
      footers: {
        Primary: builder.part(s.footers?.Primary, 'footer'),
        FirstPage: builder.part(s.footers?.FirstPage, 'footer'),
        EvenPages: builder.part(s.footers?.EvenPages, 'footer'),
      },
    })
  }
  return { doc, builder }
}

class FakeSettings implements SettingsApi {
  readonly values = new Map<string, unknown>()
  readonly saved = new Map<string, unknown>()
  failSave = false
  constructor(initial: Readonly<Record<string, unknown>>) {
    for (const [k, v] of Object.entries(initial)) {
      this.values.set(k, v)
      this.saved.set(k, v)
    }
  }
  get(name: string): unknown {
    // Office returns null for a missing setting.
    return this.values.has(name) ? structuredClone(this.values.get(name)) : null
  }
  set(name: string, value: unknown): void {
    this.values.set(name, structuredClone(value))
  }
  saveAsync(callback?: (result: { status: 'succeeded' | 'failed'; error?: { message: string } }) => void): void {
    setTimeout(() => {
      if (this.failSave) {
        callback?.({ status: 'failed', error: { message: 'Save failed.' } })
        return
      }
      this.saved.clear()
      for (const [k, v] of this.values) this.saved.set(k, structuredClone(v))
      callback?.({ status: 'succeeded' })
    }, 0)
  }
}

export interface FakeWord {
  readonly Word: WordApi & {
    readonly InsertLocation: Readonly<Record<string, string>>
    readonly ChangeTrackingMode: Readonly<Record<string, string>>
    readonly ErrorCodes: Readonly<Record<string, string>>
  }
  readonly Office: OfficeApi
  readonly doc: DocumentModel
  readonly runtime: FakeRuntime
  readonly stats: { syncs: number; runs: number; actions: number }
  readonly settings: FakeSettings
  /** Put `Word`, `Office` and `OfficeExtension` on globalThis; returns the undo. */
  install(): () => void
  inject(fault: FaultSpec): void
  clearFaults(): void
  resetStats(): void
  /** An edit by the user (outside the add-in): fires paragraph events. */
  edit(paragraph: string | number, start: number, end: number, text: string): void
  /** The user adds a body paragraph at `index`: fires ParagraphAdded. */
  insertParagraph(index: number, spec: ParagraphSpec): ParagraphModel
  /** The user deletes body paragraph `index`: fires ParagraphDeleted. */
  deleteParagraph(index: number): void
  paragraph(index: number): ParagraphModel
  inspect(): InspectedParagraph[]
  bodyTexts(): string[]
  selectionText(): string | undefined
}

function parseVersion(version: string): number {
  const [major, minor] = version.split('.')
  return Number(major) + Number(minor ?? 0) / 10
}

export function createFakeWord(spec: FakeDocumentSpec, options: FakeWordOptions = {}): FakeWord {
  const { doc, builder } = buildWith(spec)
  doc.changeTrackingMode = options.changeTrackingMode ?? 'Off'
  const wordApiVersion = parseVersion(options.wordApi ?? '1.8')
  const runtime: FakeRuntime = {
    doc,
    wordApiVersion,
    annotationsWork: options.annotations !== 'throw',
    stats: { syncs: 0, runs: 0, actions: 0 },
    selection: undefined,
    handlers: { ParagraphChanged: new Set(), ParagraphAdded: new Set(), ParagraphDeleted: new Set() },
    faults: [],
    faultHits: new Map(),
  }
  const settings = new FakeSettings(options.settings ?? {})

  const Word = {
    async run<T>(
      first: FakeContext | ((context: FakeContext) => Promise<T>),
      second?: (context: FakeContext) => Promise<T>,
    ): Promise<T> {
      runtime.stats.runs++
      checkFault(runtime, 'Word.run')
      const reused = typeof first === 'function' ? undefined : first
      const batch = typeof first === 'function' ? first : second
      if (batch === undefined) throw new FakeError('InvalidArgument', 'Word.run needs a batch function.')
      const context = reused ?? new FakeContext(runtime)
      try {
        const result = await batch(context)
        // Word.run flushes whatever the batch queued after its last sync.
        if (context.pending > 0) await context.sync()
        return result
      } finally {
        if (reused === undefined) context.dispose()
      }
    },
    InsertLocation: { replace: 'Replace', start: 'Start', end: 'End', before: 'Before', after: 'After' },
    ChangeTrackingMode: { off: 'Off', trackAll: 'TrackAll', trackMineOnly: 'TrackMineOnly' },
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      generalException: 'GeneralException',
      invalidArgument: 'InvalidArgument',
      itemNotFound: 'ItemNotFound',
      notImplemented: 'NotImplemented',
    },
  }

  const Office: OfficeApi = {
    onReady(callback) {
      const info = { host: 'Word', platform: 'PC' }
      callback?.(info)
      return Promise.resolve(info)
    },
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          if (name !== 'WordApi') return false
          return parseVersion(minVersion ?? '1.1') <= wordApiVersion + 1e-9
        },
      },
      document: { settings },
    },
  }

  const findModel = (paragraph: string | number): ParagraphModel => {
    const found = typeof paragraph === 'number' ? doc.bodyParagraphs[paragraph] : doc.findParagraph(paragraph)
    if (found === undefined) throw new Error(`No paragraph ${String(paragraph)} in the fake document.`)
    return found
  }

  return {
    Word: Word as FakeWord['Word'],
    Office,
    doc,
    runtime,
    stats: runtime.stats,
    settings,
    install() {
      const g = globalThis as Record<string, unknown>
      const previous = { Word: g.Word, Office: g.Office, OfficeExtension: g.OfficeExtension }
      g.Word = Word
      g.Office = Office
      g.OfficeExtension = { Error: FakeError }
      return () => {
        g.Word = previous.Word
        g.Office = previous.Office
        g.OfficeExtension = previous.OfficeExtension
      }
    },
    inject(fault) {
      runtime.faults.push(fault)
    },
    clearFaults() {
      runtime.faults.length = 0
      runtime.faultHits.clear()
    },
    resetStats() {
      runtime.stats.syncs = 0
      runtime.stats.runs = 0
      runtime.stats.actions = 0
    },
    edit(paragraph, start, end, text) {
      const model = findModel(paragraph)
      const locked = model.contentControl
      // The user is not bound by the add-in's content-control lock in this helper.
      model.contentControl = undefined
      try {
        model.replaceSpan(start, end, text)
      } finally {
        model.contentControl = locked
      }
      deliverEvents(runtime, 'Local')
    },
    insertParagraph(index, spec) {
      const model = builder.paragraph(spec, 'body', 0)
      doc.bodyParagraphs.splice(index, 0, model)
      doc.version++
      doc.queueEvent('ParagraphAdded', model.uid)
      deliverEvents(runtime, 'Local')
      return model
    },
    deleteParagraph(index) {
      const [model] = doc.bodyParagraphs.splice(index, 1)
      if (model === undefined) throw new Error(`No body paragraph ${index} in the fake document.`)
      model.deleted = true
      doc.version++
      doc.queueEvent('ParagraphDeleted', model.uid)
      deliverEvents(runtime, 'Local')
    },
    paragraph: findModel,
    inspect() {
      return doc.allParagraphs().map((p) => ({
        uid: p.uid,
        part: p.part,
        text: p.text,
        tableNestingLevel: p.tableNestingLevel,
        locked: p.contentControl?.cannotEdit === true,
        runs: p.runs.map((r) => ({ text: r.text, kind: r.kind, ...r.format })),
      }))
    },
    bodyTexts() {
      return doc.bodyParagraphs.map((p) => p.text)
    },
    selectionText() {
      return runtime.selection?.text
    },
  }
}

/** Compile-time proof that the fake's proxies have the API shape the adapter codes against. */
export function asRequestContext(context: FakeContext): RequestContextApi {
  return context
}
