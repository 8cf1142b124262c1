import type { Paragraph, Root, Sentence } from 'nlcst'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import type { CategoryId, Severity } from './categories.js'

/** What woordwijs adds to a vfile message besides the standard fields. */
export interface WoordwijsMessageData {
  readonly category: CategoryId
  readonly severity: Severity
  readonly explanation: string
  readonly sources: readonly string[]
  readonly hints: readonly string[]
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** Set on messages from the woordwijs plugins (lexicon and klare taal). */
    woordwijs?: WoordwijsMessageData
  }
}

/** One finding as a woordwijs plugin reports it. */
export interface FindingMessage extends WoordwijsMessageData {
  /** One short Dutch line. */
  readonly reason: string
  readonly ruleId: string
  /** Which plugin family: `check()` treats lexicon and structural findings differently. */
  readonly source: string
  readonly start: Point
  readonly end: Point
  /** The words, as written. */
  readonly actual: string
  /** Drop-in replacements. */
  readonly suggestions: readonly string[]
}

/**
 * Emit a vfile message the way every woordwijs plugin does: `actual`,
 * `expected` and `note` as retext-equality has them, plus the `woordwijs`
 * data `check()` turns into a `Finding`.
 */
export function emitFinding(file: VFile, finding: FindingMessage): void {
  const message = file.message(finding.reason, {
    place: { start: finding.start, end: finding.end },
    ruleId: finding.ruleId,
    source: finding.source,
  })
  message.actual = finding.actual
  message.expected = [...finding.suggestions]
  message.note = finding.explanation
  message.woordwijs = {
    category: finding.category,
    severity: finding.severity,
    explanation: finding.explanation,
    sources: finding.sources,
    hints: finding.hints,
  }
}

/** Sentences are children of paragraphs, which are children of the root. */
export function forEachSentence(tree: Root, callback: (sentence: Sentence, paragraph: Paragraph) => void): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') callback(sentence, paragraph)
  }
}
