/**
 * What the Word host remembers between calls: the text each paragraph had
 * when it was read (to tell a stale target from a valid one), where each
 * paragraph lives, the marks it made and its own recent writes.
 */
import type { OfficeApi, WordApi } from './api.js'
import type { ParagraphPart, TextTarget, WriteOutcome } from './host.js'

export interface Span {
  readonly start: number
  readonly end: number
}

export interface KnownParagraph {
  readonly text: string
  readonly protectedSpans: readonly Span[]
}

export const DONE: WriteOutcome = { status: 'done' }
export const STALE: WriteOutcome = { status: 'stale' }
export const failed = (message: string): WriteOutcome => ({ status: 'failed', message })

export function targetKey(t: TextTarget): string {
  return `${t.paragraphId}\u0000${t.start}\u0000${t.end}\u0000${t.expected}`
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

export class HostState {
  readonly known = new Map<string, KnownParagraph>()
  readonly partById = new Map<string, ParagraphPart>()
  /** Annotation id per target key, for the marks this session made. */
  readonly annotationIds = new Map<string, string>()
  /**
   * Annotations on text this session replaced: no longer a target's mark, but
   * Word may still show them on the new text, so clearing marks removes them too.
   */
  readonly retiredAnnotationIds = new Set<string>()
  /** Paragraphs that carry a temporary highlight of ours. */
  readonly highlighted = new Set<string>()
  /** Set once annotations failed as on perpetual licences; never retried this session. */
  annotationsBroken = false
  inlineMarks: boolean
  private readonly ownWrites = new Map<string, number>()
  private commentEventsUntil = 0

  constructor(
    readonly word: WordApi,
    readonly office: OfficeApi,
    readonly pageSize: number,
    inlineMarks: boolean,
    private readonly ownWriteWindowMs: number,
  ) {
    this.inlineMarks = inlineMarks
  }

  supports(version: string): boolean {
    return this.office.context.requirements.isSetSupported('WordApi', version)
  }

  /** After our own edit: the new text, keeping field spans only while offsets cannot have moved. */
  updateKnown(id: string, text: string): void {
    const known = this.known.get(id)
    this.known.set(id, { text, protectedSpans: known !== undefined && known.text.length === text.length ? known.protectedSpans : [] })
  }

  noteOwnWrite(id: string): void {
    this.ownWrites.set(id, Date.now() + this.ownWriteWindowMs)
  }

  /** Word desktop reports paragraphs added/deleted for a new comment (office-js#5049). */
  noteOwnComment(): void {
    this.commentEventsUntil = Date.now() + this.ownWriteWindowMs
  }

  /** The ids of a paragraph event that are not just echoes of our own writes. */
  foreignIds(type: string, source: string, ids: readonly string[]): string[] {
    const now = Date.now()
    if (source === 'Local' && type !== 'ParagraphChanged' && now < this.commentEventsUntil) return []
    return ids.filter((id) => {
      const until = this.ownWrites.get(id)
      if (until === undefined) return true
      if (until < now) {
        this.ownWrites.delete(id)
        return true
      }
      return source !== 'Local'
    })
  }
}
