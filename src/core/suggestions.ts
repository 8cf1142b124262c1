import { matchCase } from './case.js'
import { normalizeToken } from './normalize.js'
import type { Match } from './match.js'

/**
 * The replacements offered for a match. Plural forms get the plural variant
 * of an alternative when the lexicon gives one. Inside a compound only a
 * one-word alternative can be spliced in; longer ones become hints for a
 * rewrite.
 */
export function suggestionsFor(match: Match, matchedText: string): { suggestions: string[]; hints: string[] } {
  const { phrase } = match
  const plural = phrase.kind === 'plural'
  const texts = phrase.entry.alternatives.map((alternative) => (plural && alternative.plural) || alternative.text)
  if (!match.compound) {
    return { suggestions: unique(texts.map((text) => matchCase(text, matchedText))), hints: [] }
  }
  const { partStart, partEnd } = match.compound
  // Splice only where normalisation kept the word's length, so offsets line up.
  const spliceable = /^\p{L}+$/u.test(matchedText) && normalizeToken(matchedText).length === matchedText.length
  const suggestions: string[] = []
  const hints: string[] = []
  for (const text of texts) {
    if (spliceable && !/\s/.test(text)) {
      const word = matchedText.slice(0, partStart) + (partStart === 0 ? text : text.toLowerCase()) + matchedText.slice(partEnd)
      suggestions.push(matchCase(word, matchedText))
    } else {
      hints.push(text)
    }
  }
  return { suggestions: unique(suggestions), hints: unique(hints) }
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
