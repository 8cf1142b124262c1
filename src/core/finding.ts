import type { CategoryId, Severity } from './categories.js'

/**
 * One finding of a check, the shape every host (Word, the CLI, tests) uses.
 * Offsets are UTF-16 code units into the checked text, `end` exclusive.
 */
export interface Finding {
  readonly start: number
  readonly end: number
  /** 1-based. */
  readonly line: number
  /** 1-based, in UTF-16 code units. */
  readonly column: number
  /** The matched words, exactly `text.slice(start, end)`. */
  readonly text: string
  readonly ruleId: string
  readonly category: CategoryId
  readonly severity: Severity
  /** One short Dutch line. */
  readonly message: string
  /** Why, in one to three Dutch sentences. */
  readonly explanation: string
  /** Ready-to-insert replacements for `text`, in the case of the original. */
  readonly suggestions: readonly string[]
  /** Alternatives from the lexicon that could not be inserted as-is (e.g. inside a compound). */
  readonly hints: readonly string[]
  readonly sources: readonly string[]
}
