import type { Severity } from '../categories.js'

/**
 * Settings of the structural plain-language checks (sentence length,
 * passive, naamwoordstijl, long words, double negatives, u/je, unexplained
 * abbreviations). Every threshold is a default a writer may tighten or loosen.
 */
export interface PlainOptions {
  /** A sentence with more words than this gets a hint. */
  readonly longSentence?: number | undefined
  /** A sentence with more words than this gets the stronger `reconsider`. */
  readonly veryLongSentence?: number | undefined
  /** A word with at least this many syllables is long (7: "politieagenten" and "onderwijsachterstand", with 6, are ordinary words). */
  readonly longWordSyllables?: number | undefined
  /** Rule ids of the structural checks to leave out. */
  readonly ignore?: readonly string[] | undefined
}

/** What each structural plugin accepts: the settings plus what `check()` adds. */
export interface PlainPluginOptions extends PlainOptions {
  /** Skip findings less serious than this. */
  readonly minSeverity?: Severity | undefined
  /**
   * Normalised words never marked as long: the lexicon's own alternatives
   * ("ervaringsdeskundige"), which woordwijs must not advise and then flag.
   */
  readonly knownWords?: ReadonlySet<string> | undefined
}

export interface ResolvedPlainOptions {
  readonly longSentence: number
  readonly veryLongSentence: number
  readonly longWordSyllables: number
  readonly ignore: ReadonlySet<string>
  /** Skip findings less serious than this. */
  readonly minSeverity?: Severity | undefined
  readonly knownWords: ReadonlySet<string>
}

export const PLAIN_DEFAULTS = {
  longSentence: 20,
  veryLongSentence: 30,
  longWordSyllables: 7,
} as const

/** Fill in the defaults; the very-long threshold never drops below the long one. */
export function resolvePlainOptions(options: PlainPluginOptions | undefined): ResolvedPlainOptions {
  const longSentence = positive(options?.longSentence, PLAIN_DEFAULTS.longSentence)
  const veryLongSentence = Math.max(positive(options?.veryLongSentence, PLAIN_DEFAULTS.veryLongSentence), longSentence)
  return {
    longSentence,
    veryLongSentence,
    longWordSyllables: positive(options?.longWordSyllables, PLAIN_DEFAULTS.longWordSyllables),
    ignore: new Set(options?.ignore ?? []),
    minSeverity: options?.minSeverity,
    knownWords: options?.knownWords ?? new Set(),
  }
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}
