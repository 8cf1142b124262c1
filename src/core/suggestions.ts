import { matchCase } from './case.js'
import { normalizeToken } from './normalize.js'
import type { Match } from './match.js'
import { adjectiveForm, type FormKind } from './inflect.js'
import type { CompiledAlternative } from './lexicon/compile.js'

// "om ... te" and similar templates tell the writer how to rewrite; they
// cannot be inserted as they are.
const TEMPLATE = /\.\.\.|…/

/**
 * The text of an alternative in the form the match needs: the plural variant
 * for a plural, nothing for an irregular form the engine cannot map, and for an adjective form ("allochtone bewoners") the
 * adjective variant, a one-word alternative with -e, or an alternative that
 * already ends in -e. A noun phrase never replaces an adjective: that would
 * garble the sentence, so it becomes a hint. Returns undefined for a hint.
 */
function fittingText(alternative: CompiledAlternative, kind: FormKind): string | undefined {
  if (TEMPLATE.test(alternative.text)) return undefined
  if (kind === 'plural') return alternative.plural ?? alternative.text
  // A maintainer's own form ("verstrekt", "zakenlieden") may be any person,
  // tense or number; the alternative as written would not fit, except a
  // plural the lexicon spells out.
  if (kind === 'explicit-plural') return alternative.plural
  if (kind === 'explicit') return undefined
  if (kind !== 'adjective') return alternative.text
  if (alternative.adjective) return alternative.adjective
  if (/e$/.test(alternative.text)) return alternative.text
  if (/^\p{L}+$/u.test(alternative.text)) return adjectiveForm(alternative.text)
  return undefined
}

/**
 * The replacements offered for a match, and the alternatives that only work
 * as hints for a rewrite. Inside a compound only a one-word alternative can
 * be spliced in.
 */
export function suggestionsFor(match: Match, matchedText: string): { suggestions: string[]; hints: string[] } {
  const { phrase } = match
  const fitting: string[] = []
  const hints: string[] = []
  for (const alternative of phrase.entry.alternatives) {
    const text = match.compound
      ? (phrase.kind === 'plural' && alternative.plural) || alternative.text
      : fittingText(alternative, phrase.kind)
    if (text === undefined || (match.compound && TEMPLATE.test(text))) hints.push(alternative.text)
    else fitting.push(text)
  }
  if (!match.compound) {
    return { suggestions: unique(fitting.map((text) => matchCase(text, matchedText))), hints: unique(hints) }
  }
  const { partStart, partEnd } = match.compound
  // Splice only where normalisation kept the word's length, so offsets line up.
  const spliceable = /^\p{L}+$/u.test(matchedText) && normalizeToken(matchedText).length === matchedText.length
  const suggestions: string[] = []
  for (const text of fitting) {
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
