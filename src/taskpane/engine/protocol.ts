/**
 * Messages between the task pane and the engine worker. Plain data only, so
 * they survive structured cloning; document text travels to the worker and
 * findings come back, never anywhere else.
 */
import type { Finding, ReadabilityReport } from '../../core/index.js'

/**
 * Rules that look across the whole document: the switch between "u" and
 * "je", and an abbreviation's first use. A paragraph on its own cannot tell,
 * so the worker leaves them out of paragraph checks and finds them in the
 * document pass.
 */
export const DOCUMENT_RULES: ReadonlySet<string> = new Set(['u-en-je', 'afkorting-zonder-uitleg'])

/** One paragraph to check, keyed by the host's paragraph id. */
export interface CheckItem {
  readonly id: string
  readonly text: string
}

/** A paragraph in the document pass, in document order. */
export interface DocumentItem extends CheckItem {
  /** Counts for the readability report: running text, not headers, footers or notes. */
  readonly prose: boolean
}

export interface CheckRequest {
  readonly type: 'check'
  /** Correlates the reply; chosen by the client. */
  readonly requestId: number
  readonly items: readonly CheckItem[]
}

/** The whole document at once: the document rules and the readability report. */
export interface DocumentRequest {
  readonly type: 'document'
  readonly requestId: number
  readonly items: readonly DocumentItem[]
}

export type EngineRequest = CheckRequest | DocumentRequest

export interface ParagraphFindings {
  readonly id: string
  /** The text that was checked, so the pane can tell a stale result apart. */
  readonly text: string
  readonly findings: readonly Finding[]
}

/** One sentence of the readability report, placed in its paragraph. */
export interface SentencePlace {
  readonly paragraphId: string
  /** UTF-16 offsets into the paragraph text, `end` exclusive. */
  readonly start: number
  readonly end: number
  readonly words: number
  readonly long: boolean
  readonly passive: boolean
}

export type ReadabilityFigures = Omit<ReadabilityReport, 'sentenceList'>

export interface DocumentReadability {
  readonly figures: ReadabilityFigures
  /** In document order. */
  readonly sentences: readonly SentencePlace[]
}

export interface DocumentResult {
  /** Findings of `DOCUMENT_RULES`, per paragraph that has any. */
  readonly findings: readonly ParagraphFindings[]
  readonly readability: DocumentReadability
}

export type EngineResponse =
  | { readonly type: 'checked'; readonly requestId: number; readonly results: readonly ParagraphFindings[] }
  | { readonly type: 'document'; readonly requestId: number; readonly result: DocumentResult }
  | {
      readonly type: 'error'
      readonly requestId: number
      /** Dutch, fit to show the user. */
      readonly message: string
      /** Lexicon problems or a stack, for the console. */
      readonly detail: string
    }

/** The smallest port both a Worker and a Node MessagePort provide. */
export interface MessagePortLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}
