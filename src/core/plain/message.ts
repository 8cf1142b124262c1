import type { VFile } from 'vfile'
import { meetsSeverity, type Severity } from '../categories.js'
import { emitFinding, type FindingMessage } from '../message.js'
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

/** A structural finding: a lexicon-style message whose category is always klare taal. */
export type PlainMessage = Omit<FindingMessage, 'source' | 'category' | 'suggestions' | 'hints'> & {
  /** Rewrite hints; never inserted as they are. */
  readonly hints?: readonly string[] | undefined
  /** Drop-in replacements, only where one really exists. */
  readonly suggestions?: readonly string[] | undefined
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
  emitFinding(file, {
    ...message,
    source: PLAIN_MESSAGE_SOURCE,
    category: 'klare-taal',
    suggestions: message.suggestions ?? [],
    hints: message.hints ?? [],
  })
}
