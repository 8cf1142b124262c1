import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { INTENSIFIERS, NEGATABLE_BASES, NEGATORS } from './data/negation.js'
import { emitPlain, SOURCES } from './message.js'
import { resolvePlainOptions, type PlainPluginOptions } from './options.js'
import { forEachSentence, hasQuotation, spanOf, wordSet, type Token } from './words.js'
import { sentenceTokens } from '../tokens.js'

const negators = wordSet(NEGATORS)
const intensifiers = wordSet(INTENSIFIERS)
const bases = wordSet(NEGATABLE_BASES)
const ENDINGS = ['', 'e', 'er', 'ere', 'st', 'ste'] as const
// At most this many intensifiers stand between the two negations.
const GAP = 2

/** The positive word inside a negative "on-" word: "onbelangrijke" → "belangrijke". */
export function negatedBase(word: string): string | undefined {
  if (!word.startsWith('on') || word.length < 5) return undefined
  const rest = word.slice(2)
  for (const ending of ENDINGS) {
    if (ending && !rest.endsWith(ending)) continue
    if (bases.has(ending ? rest.slice(0, -ending.length) : rest)) return rest
  }
  return undefined
}

export interface DoubleNegative {
  readonly negator: number
  readonly negative: number
  readonly positive: string
}

/** Double negatives in one sentence: a negator and an "on-" word, at most two intensifiers apart. */
export function findDoubleNegatives(tokens: readonly Token[]): DoubleNegative[] {
  const found: DoubleNegative[] = []
  for (let index = 0; index < tokens.length; index++) {
    if (!tokens[index]!.isWord || !negators.has(tokens[index]!.norm)) continue
    for (let next = index + 1; next <= index + 1 + GAP && next < tokens.length; next++) {
      const token = tokens[next]!
      if (!token.isWord) break
      if (negatedBase(token.norm)) {
        // The positive word as written, with its diacritics: "onbelangrijke" → "belangrijke".
        found.push({ negator: index, negative: next, positive: token.raw.slice(2).toLowerCase() })
        index = next
        break
      }
      if (!intensifiers.has(token.norm)) break
    }
  }
  return found
}

/**
 * A retext plugin that marks double negatives ("niet onmogelijk", "geen
 * onbelangrijke rol"): the reader has to work out that they mean something
 * positive.
 */
const retextDoubleNegative: Plugin<[PlainPluginOptions?], Root> = function (options) {
  const resolved = resolvePlainOptions(options)
  return (tree: Root, file: VFile): undefined => {
    const text = String(file.value ?? '')
    forEachSentence(tree, (sentence) => {
      const tokens = sentenceTokens(sentence, text)
      if (hasQuotation(tokens)) return
      for (const match of findDoubleNegatives(tokens)) {
        const negator = tokens[match.negator]!
        const negative = tokens[match.negative]!
        const actual = text.slice(negator.start, negative.end)
        const rewrite = negator.norm === 'geen' ? `een ${match.positive}` : match.positive
        emitPlain(file, resolved, {
          ruleId: 'dubbele-ontkenning',
          severity: 'hint',
          reason: `Dubbele ontkenning ('${actual}'): zeg het positief.`,
          explanation:
            'Twee ontkenningen na elkaar moet de lezer eerst omrekenen naar wat er bedoeld wordt. Een positieve zin is sneller duidelijk.',
          hints: [`Schrijf het positief, bijvoorbeeld '${rewrite}'.`],
          sources: [SOURCES.directDuidelijk, SOURCES.lezenEnSchrijven],
          ...spanOf(sentence, negator, negative),
          actual,
        })
      }
    })
  }
}
export default retextDoubleNegative
