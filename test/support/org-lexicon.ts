/**
 * A generated organisation lexicon of any size, as a large organisation might
 * keep: one entry per in-house term. Used by the lexicon fault tests and the
 * load-time benchmark.
 */

/** A letters-only pseudo word, unique per index, that no Dutch text or built-in entry contains. */
export function orgTerm(index: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz'
  let word = 'qu'
  for (let rest = index + 1; rest > 0; rest = Math.floor(rest / letters.length)) word += letters[rest % letters.length] + 'o'
  return word + 'x'
}

/** Lines per generated entry: entry `i` (0-based) starts on line `i * ENTRY_LINES + 1`. */
export const ENTRY_LINES = 10

export function orgEntry(index: number): string {
  const term = orgTerm(index)
  return `- id: eigen-term-${index}
  category: klare-taal
  severity: hint
  message: "'${term}' is intern jargon."
  explanation: Lezers buiten de organisatie kennen dit woord niet.
  alternatives: [een omschrijving]
  sources: [Huisstijlgids]
  terms: [${term}]
  examples:
    flag: ["Zie de [${term}] van vandaag."]
`
}

/** `count` entries; `edit` may change the text of one entry (to plant an error). */
export function orgLexicon(count: number, edit?: (index: number, text: string) => string): string {
  const parts: string[] = []
  for (let index = 0; index < count; index++) parts.push(edit ? edit(index, orgEntry(index)) : orgEntry(index))
  return parts.join('')
}
