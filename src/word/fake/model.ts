/**
 * The document behind the fake Word: paragraphs made of formatted runs, live
 * ranges that move with edits (as Word's ranges do), and the side records an
 * add-in can create (comments, revisions, annotations, temporary highlights).
 * No Office types here; `./proxies` exposes this through the API shape.
 */

export interface RunFormat {
  readonly bold?: boolean
  readonly italic?: boolean
  readonly underline?: boolean
  readonly color?: string
  readonly highlightColor?: string
}

/** `footnoteRef` and `field` runs are atomic objects Word draws as text. */
export type RunKind = 'text' | 'footnoteRef' | 'field'

export interface Run {
  text: string
  format: RunFormat
  kind: RunKind
  fieldCode?: string
}

export type PartKind = 'body' | 'header' | 'footer' | 'footnote'

export interface ContentControlModel {
  readonly id: number
  readonly cannotEdit: boolean
}

export class FakeError extends Error {
  readonly code: string
  readonly debugInfo: { code: string; message: string; errorLocation?: string }
  constructor(code: string, message: string, location?: string) {
    super(message)
    this.name = 'RichApi.Error'
    this.code = code
    this.debugInfo = { code, message, ...(location === undefined ? {} : { errorLocation: location }) }
  }
}

export class RangeModel {
  constructor(
    readonly paragraph: ParagraphModel,
    public start: number,
    public end: number,
  ) {
    paragraph.liveRanges.add(this)
  }
  get text(): string {
    return this.paragraph.text.slice(this.start, this.end)
  }
  release(): void {
    this.paragraph.liveRanges.delete(this)
  }
}

export class ParagraphModel {
  readonly liveRanges = new Set<RangeModel>()
  /** Set when the paragraph was removed from the document. */
  deleted = false
  constructor(
    readonly doc: DocumentModel,
    readonly uid: string,
    public runs: Run[],
    readonly part: PartKind,
    readonly tableNestingLevel: number,
    public contentControl: ContentControlModel | undefined,
  ) {}

  get text(): string {
    let text = ''
    for (const run of this.runs) text += run.text
    return text
  }

  /** Field results as [start, end) spans of `text`. */
  fieldSpans(): { start: number; end: number; code: string }[] {
    const spans: { start: number; end: number; code: string }[] = []
    let offset = 0
    for (const run of this.runs) {
      if (run.kind === 'field') spans.push({ start: offset, end: offset + run.text.length, code: run.fieldCode ?? '' })
      offset += run.text.length
    }
    return spans
  }

  /** The format of the text character at `offset`, else the nearest text run before (or after) it. */
  formatAt(offset: number): RunFormat {
    let pos = 0
    let before: Run | undefined
    let after: Run | undefined
    for (const run of this.runs) {
      const end = pos + run.text.length
      if (run.kind === 'text') {
        if (offset >= pos && offset < end) return run.format
        if (end <= offset) before = run
        else if (after === undefined) after = run
      }
      pos = end
    }
    return before?.format ?? after?.format ?? {}
  }

  /**
   * Replace [start, end) with `text`. The new text takes the format of the
   * first replaced character (Word's documented behaviour for "Replace"); live
   * ranges move as Word's do. Atomic runs inside the span are removed whole.
   */
  replaceSpan(start: number, end: number, text: string, formatFrom: number = start): void {
    if (this.deleted) throw new FakeError('ItemNotFound', 'The paragraph was deleted.')
    if (this.contentControl?.cannotEdit === true) {
      throw new FakeError('AccessDenied', 'The content is protected and cannot be edited.')
    }
    const old = this.text
    if (start < 0 || end > old.length || start > end) throw new FakeError('InvalidArgument', 'Range out of bounds.')
    const format = this.formatAt(formatFrom)
    const next: Run[] = []
    let placed = false
    const place = (): void => {
      if (!placed && text.length > 0) next.push({ text, format: { ...format }, kind: 'text' })
      placed = true
    }
    let pos = 0
    for (const run of this.runs) {
      const runStart = pos
      const runEnd = pos + run.text.length
      pos = runEnd
      if (runEnd <= start) next.push(run)
      else if (runStart >= end) {
        place()
        next.push(run)
      } else if (run.kind !== 'text') place()
      else {
        if (start > runStart) next.push({ ...run, text: run.text.slice(0, start - runStart) })
        place()
        if (end < runEnd) next.push({ ...run, text: run.text.slice(end - runStart) })
      }
    }
    place()
    this.runs = mergeRuns(next)
    const delta = text.length - (end - start)
    for (const range of this.liveRanges) {
      range.start = movePosition(range.start, start, end, delta, false, text.length)
      range.end = movePosition(range.end, start, end, delta, true, text.length)
    }
    this.doc.recordChange(this, start, old.slice(start, end), text)
  }
}

function movePosition(p: number, start: number, end: number, delta: number, isEnd: boolean, length: number): number {
  if (p <= start) return p
  if (p >= end) return p + delta
  return isEnd ? start + length : start
}

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.color === b.color &&
    a.highlightColor === b.highlightColor
  )
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    if (last !== undefined && last.kind === 'text' && run.kind === 'text' && sameFormat(last.format, run.format)) {
      last.text += run.text
    } else merged.push({ ...run })
  }
  return merged
}

export interface Revision {
  readonly type: 'Inserted' | 'Deleted'
  readonly paragraphUid: string
  readonly text: string
}

export interface CommentRecord {
  readonly id: string
  readonly paragraphUid: string
  readonly text: string
  readonly range: RangeModel
}

export interface AnnotationRecord {
  readonly id: string
  readonly range: RangeModel
  readonly colorScheme: string
  readonly popupOptions?: {
    readonly brandingTextResourceId: string
    readonly titleResourceId: string
    readonly subtitleResourceId: string
    readonly suggestions: readonly string[]
  }
}

export interface HighlightRecord {
  readonly range: RangeModel
}

export type HeaderFooterType = 'Primary' | 'FirstPage' | 'EvenPages'

export interface BodyModel {
  readonly kind: 'body' | 'header' | 'footer' | 'footnotes'
  paragraphs(): ParagraphModel[]
}

export interface SectionModel {
  readonly headers: Record<HeaderFooterType, ParagraphModel[]>
  readonly footers: Record<HeaderFooterType, ParagraphModel[]>
}

export interface ParagraphEventRecord {
  readonly type: 'ParagraphChanged' | 'ParagraphAdded' | 'ParagraphDeleted'
  readonly uids: string[]
}

/** The whole document, plus the records the add-in leaves behind. */
export class DocumentModel {
  /** Body paragraphs in document order, table cell paragraphs included. */
  bodyParagraphs: ParagraphModel[] = []
  sections: SectionModel[] = []
  /** All footnote bodies' paragraphs, in note order. */
  footnoteParagraphs: ParagraphModel[] = []
  changeTrackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off'
  readonly revisions: Revision[] = []
  readonly comments: CommentRecord[] = []
  readonly annotations = new Map<string, AnnotationRecord>()
  readonly highlights: HighlightRecord[] = []
  /** Paragraph events waiting to be delivered after the current batch. */
  pendingEvents: ParagraphEventRecord[] = []
  /** Bumped on every text change, so tests can assert "nothing was written". */
  version = 0
  private nextId = 1

  newUid(): string {
    const n = (this.nextId++).toString(16).padStart(12, '0')
    return `0000${n.slice(0, 4)}-0000-4000-8000-${n}`.toUpperCase()
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`
  }

  allParagraphs(): ParagraphModel[] {
    const out = [...this.bodyParagraphs]
    for (const section of this.sections) {
      for (const type of ['Primary', 'FirstPage', 'EvenPages'] as const) {
        out.push(...section.headers[type], ...section.footers[type])
      }
    }
    out.push(...this.footnoteParagraphs)
    return out
  }

  findParagraph(uid: string): ParagraphModel | undefined {
    return this.allParagraphs().find((p) => p.uid === uid)
  }

  recordChange(paragraph: ParagraphModel, _start: number, removed: string, inserted: string): void {
    this.version++
    if (this.changeTrackingMode !== 'Off') {
      if (removed.length > 0) this.revisions.push({ type: 'Deleted', paragraphUid: paragraph.uid, text: removed })
      if (inserted.length > 0) this.revisions.push({ type: 'Inserted', paragraphUid: paragraph.uid, text: inserted })
    }
    this.queueEvent('ParagraphChanged', paragraph.uid)
  }

  queueEvent(type: ParagraphEventRecord['type'], uid: string): void {
    const last = this.pendingEvents.find((e) => e.type === type)
    if (last === undefined) this.pendingEvents.push({ type, uids: [uid] })
    else if (!last.uids.includes(uid)) last.uids.push(uid)
  }
}
