import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { meetsSeverity, type Severity } from '../categories.js'
import type { ResolvedPlainOptions } from './options.js'

/** The `source` of every message the structural checks emit. */
export const PLAIN_MESSAGE_SOURCE = 'woordwijs-klare-taal'

/** Rule ids whose span is a whole sentence: they may overlap lexicon findings. */
export const SENTENCE_RULES: ReadonlySet<string> = new Set(['lange-zin', 'zeer-lange-zin'])

/** Guidance the structural checks cite (Dutch names, as the lexicon cites its sources). */
export const SOURCES = {
  directDuidelijk: 'Rijksoverheid (Direct Duidelijk)',
  lezenEnSchrijven: 'Stichting Lezen & Schrijven',
  rvo: 'RVO Schrijfwijzer',
} as const

export interface PlainMessage {
  readonly ruleId: string
  readonly severity: Severity
  /** One short Dutch line. */
  readonly reason: string
  /** Why, in one to three Dutch sentences. */
  readonly explanation: string
  /** Rewrite hints; never inserted as they are. */
  readonly hints?: readonly string[] | undefined
  /** Drop-in replacements, only where one really exists. */
  readonly suggestions?: readonly string[] | undefined
  readonly sources: readonly string[]
  readonly start: Point
  readonly end: Point
  readonly actual: string
}

/** Whether a rule may report at this severity under the options. */
export function ruleEnabled(options: ResolvedPlainOptions, ruleId: string, severity: Severity): boolean {
  if (options.ignore.has(ruleId)) return false
  return !options.minSeverity || meetsSeverity(severity, options.minSeverity)
}

/**
 * Emit a message with the same `woordwijs` data as the lexicon plugin, so
 * `check()` turns it into a `Finding` like any other.
 */
export function emitPlain(file: VFile, options: ResolvedPlainOptions, message: PlainMessage): void {
  if (!ruleEnabled(options, message.ruleId, message.severity)) return
  const emitted = file.message(message.reason, {
    place: { start: message.start, end: message.end },
    ruleId: message.ruleId,
    source: PLAIN_MESSAGE_SOURCE,
  })
  emitted.actual = message.actual
  emitted.expected = [...(message.suggestions ?? [])]
  emitted.note = message.explanation
  emitted.woordwijs = {
    category: 'klare-taal',
    severity: message.severity,
    explanation: message.explanation,
    sources: message.sources,
    hints: message.hints ?? [],
  }
}
