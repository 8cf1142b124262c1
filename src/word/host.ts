/**
 * The contract between the task pane and the document it reviews. The pane
 * only ever talks to a `DocumentHost`; `src/word` implements it over Office.js
 * (and so over the in-memory Word model in the preview page and the tests).
 * Nothing here knows about React, and nothing in the pane knows about Word.
 */

/** Where a paragraph lives in the document. */
export type ParagraphPart = 'body' | 'table' | 'header' | 'footer' | 'footnote'

/** One paragraph as read from the document, with the text that was checked. */
export interface DocumentParagraph {
  /** Stable for this session: Word's uniqueLocalId where available, else a generated key. */
  readonly id: string
  readonly part: ParagraphPart
  /** The paragraph text exactly as read; finding offsets refer to this string. */
  readonly text: string
  /**
   * Spans of `text` the add-in must not report or change, such as field
   * results (a date, a cross-reference). The host refuses writes into them.
   */
  readonly protectedSpans?: readonly { readonly start: number; readonly end: number }[]
}

/** A span of a paragraph to act on: the checked text must still be there. */
export interface TextTarget {
  readonly paragraphId: string
  /** UTF-16 offsets into the paragraph text that was read. */
  readonly start: number
  readonly end: number
  /** The text that was checked; writes happen only if the range still holds it. */
  readonly expected: string
}

/** What the host can do, decided at run time from requirement sets and trials. */
export interface HostCapabilities {
  /** Word comments (WordApi 1.4). */
  readonly comments: boolean
  /** Paragraph change events (WordApi 1.6). */
  readonly paragraphEvents: boolean
  /** Inline critique annotations (WordApi 1.7/1.8, may still fail at run time). */
  readonly annotations: boolean
  /** Footnote bodies (WordApi 1.5). */
  readonly footnotes: boolean
  /** Current track-changes mode, when readable (WordApi 1.4). */
  readonly trackChanges: 'off' | 'trackAll' | 'trackMineOnly' | 'unknown'
}

export type WriteOutcome =
  | { readonly status: 'done' }
  /** The range no longer holds the expected text: nothing was written. */
  | { readonly status: 'stale' }
  | { readonly status: 'failed'; readonly message: string }

/** Progress of a long read, for the pane's progress bar. */
export interface ReadProgress {
  readonly done: number
  readonly total: number
}

export interface ReadOptions {
  readonly onProgress?: (progress: ReadProgress) => void
  /** Receives paragraphs page by page, so the first findings can show early. */
  readonly onPage?: (paragraphs: readonly DocumentParagraph[]) => void
}

export interface DocumentHost {
  capabilities(): Promise<HostCapabilities>
  /** Read every checkable paragraph (body, tables, headers, footers, footnotes). */
  readDocument(options?: ReadOptions): Promise<DocumentParagraph[]>
  /** Re-read only these paragraphs (after change events); missing ones are left out. */
  readParagraphs(ids: readonly string[]): Promise<DocumentParagraph[]>
  /** Select and scroll to the target. */
  select(target: TextTarget): Promise<WriteOutcome>
  /**
   * Replace each target's text; several targets in one paragraph are applied
   * from the end backwards. One outcome per target, in the order given.
   */
  replace(edits: readonly { readonly target: TextTarget; readonly replacement: string }[]): Promise<WriteOutcome[]>
  /** Add a Word comment on the target. */
  addComment(target: TextTarget, text: string): Promise<WriteOutcome>
  /** Show temporary inline marks (annotations) for targets; never document formatting. */
  mark(targets: readonly { readonly target: TextTarget; readonly suggestions: readonly string[] }[]): Promise<void>
  /** Remove every temporary mark this add-in made. */
  clearMarks(): Promise<void>
  /** Settings stored in the document, seen by everyone who opens it. */
  getDocumentSetting<T>(key: string): Promise<T | undefined>
  setDocumentSetting<T>(key: string, value: T): Promise<void>
  /** Subscribe to paragraph edits; returns an unsubscribe function. */
  onParagraphsChanged(handler: (ids: readonly string[]) => void): Promise<() => Promise<void>>
}
