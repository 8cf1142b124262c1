/**
 * A small in-memory document and a `DocumentHost` over it, for the pane's
 * session tests: paragraphs, comments, a selection, document settings and
 * capabilities chosen per test. (The preview and the browser tests use the
 * real Office.js adapter over src/word/fake instead.)
 */
import type {
  DocumentHost,
  DocumentParagraph,
  HostCapabilities,
  ParagraphPart,
  ReadOptions,
  TextTarget,
  WriteOutcome,
} from '../../src/word/host.js'

export interface MemoryComment {
  readonly id: number
  readonly paragraphId: string
  start: number
  end: number
  readonly text: string
}

export interface MemoryParagraph {
  readonly id: string
  readonly part: ParagraphPart
  text: string
}

export interface MemorySelection {
  readonly paragraphId: string
  readonly start: number
  readonly end: number
}

/** `user`: typed in the document; `host`: written through the `DocumentHost`. */
export type ChangeOrigin = 'user' | 'host'
export type ChangeListener = (ids: readonly string[], origin: ChangeOrigin) => void

export class MemoryDocument {
  readonly paragraphs: MemoryParagraph[]
  readonly comments: MemoryComment[] = []
  readonly settings = new Map<string, string>()
  selection: MemorySelection | undefined
  private readonly listeners = new Set<ChangeListener>()
  private nextComment = 1

  constructor(paragraphs: readonly (string | { text: string; part?: ParagraphPart })[]) {
    this.paragraphs = paragraphs.map((paragraph, index) => ({
      id: `p${index + 1}`,
      part: typeof paragraph === 'string' ? 'body' : (paragraph.part ?? 'body'),
      text: typeof paragraph === 'string' ? paragraph : paragraph.text,
    }))
  }

  paragraph(id: string): MemoryParagraph | undefined {
    return this.paragraphs.find((paragraph) => paragraph.id === id)
  }

  /** Replace a span, moving comment anchors after it, and report the change. */
  replaceSpan(id: string, start: number, end: number, replacement: string): void {
    const paragraph = this.paragraph(id)
    if (!paragraph) return
    paragraph.text = paragraph.text.slice(0, start) + replacement + paragraph.text.slice(end)
    const delta = replacement.length - (end - start)
    for (const comment of this.comments) {
      if (comment.paragraphId !== id) continue
      if (comment.start >= end) comment.start += delta
      if (comment.end >= end) comment.end += delta
      else if (comment.end > start) comment.end = start + replacement.length
    }
    this.emit([id], 'host')
  }

  /** A user edit: the whole paragraph text changes. */
  setText(id: string, text: string): void {
    const paragraph = this.paragraph(id)
    if (!paragraph) return
    paragraph.text = text
    for (const comment of this.comments) {
      if (comment.paragraphId === id) {
        comment.start = Math.min(comment.start, text.length)
        comment.end = Math.min(comment.end, text.length)
      }
    }
    this.emit([id], 'user')
  }

  addComment(paragraphId: string, start: number, end: number, text: string): MemoryComment {
    const comment = { id: this.nextComment++, paragraphId, start, end, text }
    this.comments.push(comment)
    this.emit([], 'host', [paragraphId])
    return comment
  }

  select(selection: MemorySelection): void {
    const previous = this.selection?.paragraphId
    this.selection = selection
    this.emit([], 'host', [selection.paragraphId, ...(previous ? [previous] : [])])
  }

  /** Listen to text changes; `ids` are the paragraphs whose text changed. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Listen to anything that changes how paragraphs look (text, comments, selection). */
  onRender(listener: (ids: readonly string[], origin: ChangeOrigin) => void): () => void {
    this.renderListeners.add(listener)
    return () => this.renderListeners.delete(listener)
  }

  private readonly renderListeners = new Set<ChangeListener>()

  private emit(ids: readonly string[], origin: ChangeOrigin, touched: readonly string[] = ids): void {
    if (ids.length > 0) for (const listener of [...this.listeners]) listener(ids, origin)
    for (const listener of [...this.renderListeners]) listener(touched, origin)
  }
}

export const FULL_CAPABILITIES: HostCapabilities = {
  comments: true,
  paragraphEvents: true,
  annotations: false,
  footnotes: true,
  trackChanges: 'off',
}

/** How `readDocument` delivers: pages of `pageSize` paragraphs, each after `beforePage` resolves (e.g. a test's gate). */
export interface MemoryReading {
  readonly pageSize?: number
  readonly beforePage?: (page: number) => Promise<void>
}

/** A `DocumentHost` over a `MemoryDocument`, with the same stale rules as Word: never write over changed text. */
export class MemoryDocumentHost implements DocumentHost {
  constructor(
    readonly document: MemoryDocument,
    private readonly caps: HostCapabilities = FULL_CAPABILITIES,
    private readonly reading: MemoryReading = {},
  ) {}

  async capabilities(): Promise<HostCapabilities> {
    return this.caps
  }

  async readDocument(options?: ReadOptions): Promise<DocumentParagraph[]> {
    const paragraphs = this.document.paragraphs.map(snapshot)
    const size = this.reading.pageSize ?? Math.max(1, paragraphs.length)
    for (let start = 0, page = 0; start < paragraphs.length; start += size, page++) {
      await this.reading.beforePage?.(page)
      options?.onPage?.(paragraphs.slice(start, start + size))
      options?.onProgress?.({ done: Math.min(start + size, paragraphs.length), total: paragraphs.length })
    }
    return paragraphs
  }

  async readParagraphs(ids: readonly string[]): Promise<DocumentParagraph[]> {
    return ids.flatMap((id) => {
      const paragraph = this.document.paragraph(id)
      return paragraph ? [snapshot(paragraph)] : []
    })
  }

  private holds(target: TextTarget): boolean {
    const paragraph = this.document.paragraph(target.paragraphId)
    return paragraph !== undefined && paragraph.text.slice(target.start, target.end) === target.expected
  }

  async select(target: TextTarget): Promise<WriteOutcome> {
    if (!this.holds(target)) return { status: 'stale' }
    this.document.select({ paragraphId: target.paragraphId, start: target.start, end: target.end })
    return { status: 'done' }
  }

  async replace(edits: readonly { readonly target: TextTarget; readonly replacement: string }[]): Promise<WriteOutcome[]> {
    // Check every target first, then write from the end backwards so earlier offsets stay valid.
    const outcomes: WriteOutcome[] = edits.map(({ target }) => (this.holds(target) ? { status: 'done' } : { status: 'stale' }))
    const order = edits
      .map((edit, index) => ({ edit, index }))
      .filter(({ index }) => outcomes[index]?.status === 'done')
      .sort((a, b) => b.edit.target.start - a.edit.target.start)
    for (const { edit } of order) {
      this.document.replaceSpan(edit.target.paragraphId, edit.target.start, edit.target.end, edit.replacement)
    }
    return outcomes
  }

  async addComment(target: TextTarget, text: string): Promise<WriteOutcome> {
    if (!this.caps.comments) return { status: 'failed', message: 'comments unsupported' }
    if (!this.holds(target)) return { status: 'stale' }
    this.document.addComment(target.paragraphId, target.start, target.end, text)
    return { status: 'done' }
  }

  /** Inline marks as placed, so tests can see what the pane asked for. */
  readonly marks: { target: TextTarget; suggestions: readonly string[] }[] = []

  async mark(targets: readonly { readonly target: TextTarget; readonly suggestions: readonly string[] }[]): Promise<void> {
    if (!this.caps.annotations) throw new Error('annotations unsupported')
    this.marks.push(...targets.map((request) => ({ ...request })))
  }

  async clearMarks(): Promise<void> {
    this.marks.length = 0
  }

  async getDocumentSetting<T>(key: string): Promise<T | undefined> {
    const raw = this.document.settings.get(key)
    return raw === undefined ? undefined : (JSON.parse(raw) as T)
  }

  async setDocumentSetting<T>(key: string, value: T): Promise<void> {
    this.document.settings.set(key, JSON.stringify(value))
  }

  async onParagraphsChanged(handler: (ids: readonly string[]) => void): Promise<() => Promise<void>> {
    if (!this.caps.paragraphEvents) throw new Error('paragraph events unsupported')
    const off = this.document.onChange((ids) => handler(ids))
    return async () => {
      off()
    }
  }
}

function snapshot(paragraph: MemoryParagraph): DocumentParagraph {
  return { id: paragraph.id, part: paragraph.part, text: paragraph.text }
}
