import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import {
  ARTICLES,
  CLAUSE_BREAKS,
  CLAUSE_CONTINUATIONS,
  CLAUSE_STARTERS,
  DETERMINERS,
  INSEPARABLE_PARTICIPLES,
  MODALS,
  PARTICIPLE_LOOKALIKES,
  SEPARABLE_PARTICLES,
  STATE_PARTICIPLES,
  STRONG_PARTICIPLES,
  WORDEN_FORMS,
  ZIJN_ADVERBS,
  ZIJN_FORMS,
  ZIJN_VERB_PARTICIPLES,
} from './data/passive.js'
import { emitPlain, SOURCES } from './message.js'
import { resolvePlainOptions, type PlainPluginOptions } from './options.js'
import { forEachSentence, spanOf, wordSet, type Token } from './words.js'
import { sentenceTokens } from '../tokens.js'

const worden = wordSet(WORDEN_FORMS)
const zijn = wordSet(ZIJN_FORMS)
const modals = wordSet(MODALS)
const lookalikes = wordSet(PARTICIPLE_LOOKALIKES)
const stateParticiples = wordSet(STATE_PARTICIPLES)
const listed = wordSet([...INSEPARABLE_PARTICIPLES, ...STRONG_PARTICIPLES])
const zijnVerbs = wordSet(ZIJN_VERB_PARTICIPLES)
const continuations = wordSet(CLAUSE_CONTINUATIONS)
const starters = wordSet(CLAUSE_STARTERS)
const determiners = wordSet(DETERMINERS)
const articles = wordSet(ARTICLES)
const zijnAdverbs = wordSet(ZIJN_ADVERBS)
// Punctuation, compared as written.
const breaks: ReadonlySet<string> = new Set(CLAUSE_BREAKS)
const particles = wordSet(SEPARABLE_PARTICLES)

const REGULAR = /^ge\p{L}{2,}[dt]$/u
const TERMINAL = /^[.!?…]+$/
// A search for the participle looks this many words ahead at most.
const WINDOW = 12

type Auxiliary = 'worden' | 'zijn'

const particleSet: ReadonlySet<string> = particles

/** The participle without a separable particle: "aangevraagd" → "gevraagd". */
function participleCore(word: string): string | undefined {
  // Try only the places where "ge" (or a listed participle) could start: after a particle.
  for (let index = 2; index < word.length - 4; index++) {
    if (!particleSet.has(word.slice(0, index))) continue
    const rest = word.slice(index)
    if (rest.startsWith('ge') || listed.has(rest)) return rest
  }
  return undefined
}

function isParticipleForm(word: string): boolean {
  if (lookalikes.has(word)) return false
  if (listed.has(word) || REGULAR.test(word)) return true
  const core = participleCore(word)
  return core !== undefined && !lookalikes.has(core) && (listed.has(core) || REGULAR.test(core))
}

// Words repeat; the answer for each is remembered, within a bound.
const memo = { worden: new Map<string, boolean>(), zijn: new Map<string, boolean>() }
const MEMO_LIMIT = 20_000

/** Whether `word` is a past participle that makes a passive with this auxiliary. */
export function isPassiveParticiple(word: string, auxiliary: Auxiliary): boolean {
  const known = memo[auxiliary].get(word)
  if (known !== undefined) return known
  const answer = decide(word, auxiliary)
  if (memo[auxiliary].size >= MEMO_LIMIT) memo[auxiliary].clear()
  memo[auxiliary].set(word, answer)
  return answer
}

function decide(word: string, auxiliary: Auxiliary): boolean {
  if (!isParticipleForm(word)) return false
  if (auxiliary === 'worden') return true
  // "is gekomen", "is aangekomen": a perfect with "zijn"; "is gesloten": a state.
  if (zijnVerbs.has(word) || stateParticiples.has(word)) return false
  const core = participleCore(word)
  return core === undefined || !zijnVerbs.has(core)
}

function auxiliaryOf(token: Token | undefined): Auxiliary | undefined {
  if (!token?.isWord) return undefined
  if (worden.has(token.norm)) return 'worden'
  if (zijn.has(token.norm)) return 'zijn'
  return undefined
}

/** A participle used as a noun or an attribute ("het gebied", "een gesloten systeem") is no passive. */
function standsAsVerb(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  if (before?.isWord && articles.has(before.norm)) return false
  const after = tokens[index + 1]
  if (!after) return true
  if (!after.isWord) return true
  // An attribute is followed by its noun, never by a new noun phrase ("wordt u verzocht de stukken ...").
  return continuations.has(after.norm) || determiners.has(after.norm)
}

/** A passive: auxiliary and participle token indices, in text order. */
export interface PassiveMatch {
  readonly first: number
  readonly last: number
  readonly auxiliary: number
  readonly participle: number
}

/** Participle directly before its auxiliary, as in a subordinate clause ("dat … ontvangen is", "aangevraagd kan worden"). */
function backward(tokens: readonly Token[], index: number, auxiliary: Auxiliary): number | undefined {
  // Only an auxiliary at the end of its clause has its participle before it;
  // "met geweld wordt verbonden" reads on to "verbonden".
  const after = tokens[index + 1]
  if (after?.isWord && !continuations.has(after.norm)) return undefined
  const candidates = [index - 1]
  if (modals.has(tokens[index - 1]?.norm ?? '') && (tokens[index]!.norm === 'worden' || tokens[index]!.norm === 'zijn')) {
    candidates.push(index - 2)
  }
  for (const position of candidates) {
    const token = tokens[position]
    if (!token?.isWord || !isPassiveParticiple(token.norm, auxiliary)) continue
    const before = tokens[position - 1]
    if (before?.isWord && articles.has(before.norm)) continue
    return position
  }
  return undefined
}

/** Participle after the auxiliary in the same clause ("is door ons op 3 mei ontvangen"). */
function forward(tokens: readonly Token[], index: number, auxiliary: Auxiliary): number | undefined {
  const ambiguous = tokens[index]!.norm === 'zijn'
  let words = 0
  for (let position = index + 1; position < tokens.length && words < WINDOW; position++) {
    const token = tokens[position]!
    if (!token.isWord) {
      if (breaks.has(token.raw) || TERMINAL.test(token.raw)) return undefined
      continue
    }
    words++
    if (starters.has(token.norm)) return undefined
    if (isPassiveParticiple(token.norm, auxiliary)) {
      if (standsAsVerb(tokens, position)) return position
      continue
    }
    // "zijn aanvraag": possessive, unless only an adverb stands between.
    if (ambiguous && !zijnAdverbs.has(token.norm)) return undefined
    // Another auxiliary starts another verb group.
    if (auxiliaryOf(token)) return undefined
  }
  return undefined
}

/** All passives in one sentence, at most one per auxiliary. */
export function findPassives(tokens: readonly Token[]): PassiveMatch[] {
  const matches: PassiveMatch[] = []
  const used = new Set<number>()
  for (let index = 0; index < tokens.length; index++) {
    const auxiliary = auxiliaryOf(tokens[index])
    if (!auxiliary) continue
    const before = backward(tokens, index, auxiliary)
    if (before !== undefined && !used.has(before)) {
      used.add(before)
      matches.push({ first: before, last: index, auxiliary: index, participle: before })
      continue
    }
    const after = forward(tokens, index, auxiliary)
    if (after !== undefined && !used.has(after)) {
      used.add(after)
      matches.push({ first: index, last: after, auxiliary: index, participle: after })
    }
  }
  return matches
}

const EXPLANATION =
  'In de lijdende vorm staat niet wie iets doet. Een actieve zin met een duidelijk onderwerp, zoals \'wij\' of \'de gemeente\', is directer en makkelijker te lezen.'

/**
 * A retext plugin that marks passives: a form of "worden" or "zijn" with a
 * past participle in the same clause, from the auxiliary to the participle.
 * It leaves alone the perfect of verbs that take "zijn" ("is gekomen"),
 * adjectives that look like participles ("wordt gezond", "is bekend") and
 * "zijn" as a possessive ("zijn aanvraag").
 */
const retextPassive: Plugin<[PlainPluginOptions?], Root> = function (options) {
  const resolved = resolvePlainOptions(options)
  return (tree: Root, file: VFile): undefined => {
    const text = String(file.value ?? '')
    forEachSentence(tree, (sentence) => {
      const tokens = sentenceTokens(sentence, text)
      for (const match of findPassives(tokens)) {
        const auxiliary = tokens[match.auxiliary]!
        const participle = tokens[match.participle]!
        const first = tokens[match.first]!
        const last = tokens[match.last]!
        const adjacent = match.last - match.first === 1
        const shown = adjacent ? text.slice(first.start, last.end) : `${first.raw} … ${last.raw}`
        const agent = tokens.some((token, index) => index > match.first && token.norm === 'door')
        emitPlain(file, resolved, {
          ruleId: 'passief',
          severity: 'hint',
          reason: `Lijdende vorm ('${shown}'): zeg wie het doet.`,
          explanation: EXPLANATION,
          hints: [
            agent
              ? `Maak wie na 'door' staat het onderwerp van de zin, zonder '${auxiliary.raw}'.`
              : `Noem wie het doet en maak de zin actief, bijvoorbeeld 'Wij hebben … ${participle.raw}' of 'De gemeente …'.`,
          ],
          sources: [SOURCES.directDuidelijk, SOURCES.lezenEnSchrijven],
          ...spanOf(sentence, first, last),
          actual: text.slice(first.start, last.end),
        })
      }
    })
  }
}
export default retextPassive
