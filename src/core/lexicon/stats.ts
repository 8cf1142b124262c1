import { CATEGORY_IDS, type CategoryId } from '../categories.js'
import type { CompiledLexicon } from './compile.js'
import type { LoadedEntry } from './load.js'

export interface CategoryStats {
  readonly category: CategoryId
  readonly entries: number
  /** Terms as written by maintainers. */
  readonly terms: number
  /** Surface forms the engine matches (terms, inflections, explicit forms). */
  readonly forms: number
  readonly examples: number
  readonly alternatives: number
  /** Entries with context rules (precision work done). */
  readonly withContext: number
}

/** Per-category figures, so maintainers see where the lexicon is thin. */
export function lexiconStats(loaded: readonly LoadedEntry[], compiled: CompiledLexicon): CategoryStats[] {
  const formsById = new Map<string, number>()
  for (const phrase of compiled.phrases) formsById.set(phrase.entry.id, (formsById.get(phrase.entry.id) ?? 0) + 1)
  return CATEGORY_IDS.map((category) => {
    const entries = loaded.filter(({ entry }) => entry.category === category).map(({ entry }) => entry)
    return {
      category,
      entries: entries.length,
      terms: entries.reduce((sum, entry) => sum + entry.terms.length + (entry.forms?.length ?? 0), 0),
      forms: entries.reduce((sum, entry) => sum + (formsById.get(entry.id) ?? 0), 0),
      examples: entries.reduce((sum, entry) => sum + entry.examples.flag.length + (entry.examples.ok?.length ?? 0), 0),
      alternatives: entries.reduce((sum, entry) => sum + entry.alternatives.length, 0),
      withContext: entries.filter((entry) => entry.context).length,
    }
  })
}
