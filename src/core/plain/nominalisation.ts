import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { LIGHT_VERB_CONSTRUCTIONS, VERBAL_NOUNS, type LightVerbConstruction } from './data/nominalisations.js'
import { emitPlain, SOURCES } from './message.js'
import { resolvePlainOptions, type PlainPluginOptions } from './options.js'
import { comparable } from '../tokens.js'
import { forEachSentence, spanOf, wordSet, type Token } from './words.js'
import { sentenceTokens } from '../tokens.js'

interface Construction extends LightVerbConstruction {
  readonly words: readonly string[]
  readonly verbSet: ReadonlySet<string>
}

// Indexed by the first word of the noun phrase, so a sentence is read once.
const byFirstWord = new Map<string, Construction[]>()
for (const construction of LIGHT_VERB_CONSTRUCTIONS) {
  const words = construction.noun.split(' ').map((word) => comparable(word, true))
  const list = byFirstWord.get(words[0]!) ?? []
  list.push({ ...construction, words, verbSet: wordSet(construction.verbs) })
  byFirstWord.set(words[0]!, list)
}
const verbalNouns = new Map(Object.entries(VERBAL_NOUNS).map(([noun, verb]) => [comparable(noun, true), verb]))

const CLAUSE_BREAK = /^[,;:()–—.!?…]$/
// The light verb stands this many words from the noun phrase at most; a
// single-word noun ("zorg", "melding") needs its verb right next to it.
const WINDOW = 6
const NEAR = 1

/** A naamwoordstijl match: token indices of its first and last word. */
export interface Nominalisation {
  readonly first: number
  readonly last: number
  /** What to write instead. */
  readonly rewrite: string
  readonly kind: 'light-verb' | 'verbal-noun'
}

function phraseAt(tokens: readonly Token[], index: number, words: readonly string[]): number | undefined {
  let position = index
  for (const word of words) {
    const token = tokens[position]
    if (!token?.isWord || token.norm !== word) return undefined
    position++
  }
  return position - 1
}

/** The nearest form of the light verb in the same clause, before `first` or after `last`. */
function lightVerb(tokens: readonly Token[], first: number, last: number, construction: Construction): number | undefined {
  const reach = construction.words.length === 1 ? NEAR : WINDOW
  for (const step of [1, -1]) {
    let words = 0
    for (let position = step === 1 ? last + 1 : first - 1; position >= 0 && position < tokens.length; position += step) {
      const token = tokens[position]!
      if (!token.isWord) {
        if (CLAUSE_BREAK.test(token.raw)) break
        continue
      }
      if (construction.verbSet.has(token.norm)) return position
      if (++words >= reach) break
    }
  }
  return undefined
}

/** Naamwoordstijl in one sentence. */
export function findNominalisations(tokens: readonly Token[]): Nominalisation[] {
  const found: Nominalisation[] = []
  let after = -1
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (!token.isWord || index <= after) continue
    for (const construction of byFirstWord.get(token.norm) ?? []) {
      const end = phraseAt(tokens, index, construction.words)
      if (end === undefined) continue
      const verb = lightVerb(tokens, index, end, construction)
      if (verb === undefined) continue
      const first = Math.min(index, verb)
      const last = Math.max(end, verb)
      found.push({ first, last, rewrite: construction.rewrite, kind: 'light-verb' })
      after = last
      break
    }
    if (index <= after) continue
    // "de toekenning van": a verb hidden in a noun with "de … van".
    const verb = verbalNouns.get(token.norm)
    const article = tokens[index - 1]
    const of = tokens[index + 1]
    if (verb && article?.isWord && article.norm === 'de' && of?.isWord && of.norm === 'van') {
      found.push({ first: index - 1, last: index + 1, rewrite: verb, kind: 'verbal-noun' })
      after = index + 1
    }
  }
  return found
}

/**
 * A retext plugin that marks naamwoordstijl: a light verb with a noun that
 * hides the real verb ("een besluit nemen", "zorg dragen voor", also split:
 * "nemen uw aanvraag in behandeling") and "de toekenning van". Constructions
 * come from a data list, because a general "-ing" rule fires on ordinary
 * nouns.
 */
const retextNominalisation: Plugin<[PlainPluginOptions?], Root> = function (options) {
  const resolved = resolvePlainOptions(options)
  return (tree: Root, file: VFile): undefined => {
    const text = String(file.value ?? '')
    forEachSentence(tree, (sentence) => {
      const tokens = sentenceTokens(sentence, text)
      for (const match of findNominalisations(tokens)) {
        const first = tokens[match.first]!
        const last = tokens[match.last]!
        const actual = text.slice(first.start, last.end)
        emitPlain(file, resolved, {
          ruleId: 'naamwoordstijl',
          severity: 'hint',
          reason:
            match.kind === 'light-verb'
              ? `Naamwoordstijl ('${actual}'): schrijf '${match.rewrite}'.`
              : `Naamwoordstijl ('${actual}'): schrijf met het werkwoord '${match.rewrite}'.`,
          explanation:
            'Een werkwoord dat in een zelfstandig naamwoord verstopt zit, maakt de zin langer en vager. Met het werkwoord zelf staat er wie wat doet.',
          hints: [
            match.kind === 'light-verb'
              ? `Gebruik het werkwoord '${match.rewrite}' en zeg wie het doet.`
              : `Zeg wie het doet met het werkwoord '${match.rewrite}', bijvoorbeeld 'Wij …'.`,
          ],
          sources: [SOURCES.directDuidelijk, SOURCES.rvo],
          ...spanOf(sentence, first, last),
          actual,
        })
      }
    })
  }
}
export default retextNominalisation
