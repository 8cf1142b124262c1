import type { CategoryId, Severity } from '../categories.js'
import { inflectWord, type FormKind } from '../inflect.js'
import { comparable, termTokens } from '../tokens.js'
import type { Condition, LexiconEntry } from './schema.js'
import type { LoadedEntry } from './load.js'
import { LexiconError, type LexiconProblem } from './problems.js'

/** A word pattern of a context rule: exact, or with `*` at either end. */
export interface WordPattern {
  readonly value: string
  readonly prefix: boolean
  readonly suffix: boolean
}

/** One part of a condition: where to look, and the phrases that may stand there. */
export interface ConditionPart {
  readonly where: 'next' | 'previous' | 'sentence' | 'paragraph'
  /** Each alternative is a sequence of word patterns (a phrase). */
  readonly phrases: readonly (readonly WordPattern[])[]
}

/** A condition holds when all of its parts hold (a list of conditions: when any holds). */
export interface CompiledCondition {
  readonly parts: readonly ConditionPart[]
}

export interface CompiledAlternative {
  readonly text: string
  readonly plural?: string | undefined
  /** The form before a noun ("praktisch opgeleide"), for matches in adjective form. */
  readonly adjective?: string | undefined
}

/** What the matcher needs of an entry, with its context rules compiled. */
export interface CompiledEntry {
  readonly id: string
  readonly category: CategoryId
  readonly severity: Severity
  readonly message: string
  readonly explanation: string
  readonly alternatives: readonly CompiledAlternative[]
  readonly sources: readonly string[]
  readonly proper: boolean
  readonly unless: readonly CompiledCondition[]
  readonly onlyIf: readonly CompiledCondition[]
  /** Position in the lexicon, for stable ordering of equal candidates. */
  readonly order: number
}

/** One surface form of an entry, as a sequence of normalised tokens. */
export interface Phrase {
  readonly entry: CompiledEntry
  readonly tokens: readonly string[]
  readonly kind: FormKind
}

/** The phrases that start with one token. */
export interface TokenIndex {
  /** Phrases of two or more tokens, by their second token, longest first. */
  readonly bySecondToken: ReadonlyMap<string, readonly Phrase[]>
  /** One-token phrases (written forms before generated ones). */
  readonly single: readonly Phrase[]
}

/**
 * The lexicon compiled once into hash maps keyed on a token's normalised
 * text, so the cost of a lookup does not depend on the number of entries.
 */
export interface CompiledLexicon {
  readonly entries: readonly CompiledEntry[]
  /** Every surface form, for statistics and tools. */
  readonly phrases: readonly Phrase[]
  /** Phrases by their first token (then second token), so a common first word costs one more lookup, not a scan. */
  readonly byFirstToken: ReadonlyMap<string, TokenIndex>
  /** Single-word forms that also match at the start of a compound. */
  readonly compoundStarts: ReadonlyMap<string, readonly Phrase[]>
  /** Single-word forms that also match at the end of a compound. */
  readonly compoundEnds: ReadonlyMap<string, readonly Phrase[]>
  /** The distinct lengths of the compound keys, to bound the lookups per word. */
  readonly compoundStartLengths: readonly number[]
  readonly compoundEndLengths: readonly number[]
  /**
   * First and last three letters of the compound keys: a word that does not
   * begin (end) with one of them cannot contain a compound match, which
   * spares the per-length lookups for nearly every word.
   */
  readonly compoundStartHeads: ReadonlySet<string>
  readonly compoundEndTails: ReadonlySet<string>
  /** How many surface forms were generated in all (for statistics). */
  readonly formCount: number
}

function compilePattern(pattern: string): WordPattern[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((word) => {
      const prefix = word.endsWith('*')
      const suffix = word.startsWith('*')
      const bare = word.replace(/^\*|\*$/g, '')
      return { value: comparable(bare, true), prefix, suffix }
    })
}

const CONDITION_PLACES = ['next', 'previous', 'sentence', 'paragraph'] as const

function compileConditions(conditions: readonly Condition[] | undefined): CompiledCondition[] {
  return (conditions ?? []).map((condition) => ({
    parts: CONDITION_PLACES.filter((where) => condition[where] !== undefined).map((where) => ({
      where,
      phrases: condition[where]!.map(compilePattern),
    })),
  }))
}

function compileEntry(entry: LexiconEntry, order: number): CompiledEntry {
  return {
    id: entry.id,
    category: entry.category,
    severity: entry.severity,
    message: entry.message,
    explanation: entry.explanation,
    alternatives: entry.alternatives.map((alternative) =>
      typeof alternative === 'string'
        ? { text: alternative }
        : { text: alternative.text, plural: alternative.plural, adjective: alternative.adjective },
    ),
    sources: entry.sources,
    proper: entry.proper,
    unless: compileConditions(entry.context?.unless),
    onlyIf: compileConditions(entry.context?.only_if),
    order,
  }
}

const PLURAL_ENDING = /(en|s|'s)$/

/** Length of the compound key affixes kept for the quick reject. */
export const COMPOUND_AFFIX = 3

/** All surface forms of one entry as token sequences. */
function entryForms(entry: LexiconEntry): { tokens: string[]; kind: FormKind }[] {
  const forms = new Map<string, { tokens: string[]; kind: FormKind }>()
  const add = (tokens: string[], kind: FormKind): void => {
    const key = tokens.join('\u0000')
    if (!forms.has(key) || kind === 'base' || kind === 'explicit' || kind === 'explicit-plural') forms.set(key, { tokens, kind })
  }
  for (const term of entry.terms) {
    const tokens = termTokens(term)
    if (tokens.length === 0) continue
    const last = tokens.at(-1)!
    if (entry.inflect && last.isWord) {
      const head = tokens.slice(0, -1).map((token) => token.norm)
      for (const form of inflectWord(last.norm)) add([...head, form.text], form.kind)
    } else {
      add(
        tokens.map((token) => token.norm),
        'base',
      )
    }
  }
  // A form ending like a plural is one, unless the terms themselves end that way.
  const baseEndsPlural = entry.terms.some((term) => PLURAL_ENDING.test(term))
  for (const form of entry.forms ?? []) {
    const tokens = termTokens(form).map((token) => token.norm)
    if (tokens.length === 0) continue
    add(tokens, !baseEndsPlural && PLURAL_ENDING.test(tokens.at(-1)!) ? 'explicit-plural' : 'explicit')
  }
  return [...forms.values()]
}

function pushTo(map: Map<string, Phrase[]>, key: string, phrase: Phrase): void {
  const list = map.get(key)
  if (list) list.push(phrase)
  else map.set(key, [phrase])
}

function sortPhrases(map: Map<string, Phrase[]>): void {
  for (const list of map.values()) {
    list.sort(
      (a, b) =>
        b.tokens.length - a.tokens.length ||
        Number(isWritten(b)) - Number(isWritten(a)) ||
        a.entry.order - b.entry.order,
    )
  }
}

function indexPhrases(phrases: readonly Phrase[]): Map<string, TokenIndex> {
  const long = new Map<string, Map<string, Phrase[]>>()
  const single = new Map<string, Phrase[]>()
  for (const phrase of phrases) {
    const [first, second] = phrase.tokens as [string, string | undefined]
    if (second === undefined) {
      pushTo(single, first, phrase)
    } else {
      let bySecond = long.get(first)
      if (!bySecond) long.set(first, (bySecond = new Map()))
      pushTo(bySecond, second, phrase)
    }
  }
  sortPhrases(single)
  for (const bySecond of long.values()) sortPhrases(bySecond)
  const index = new Map<string, TokenIndex>()
  for (const key of new Set([...long.keys(), ...single.keys()])) {
    index.set(key, { bySecondToken: long.get(key) ?? new Map(), single: single.get(key) ?? [] })
  }
  return index
}

/** A form the maintainer wrote (not generated) wins over a generated one. */
export function isWritten(phrase: Phrase): boolean {
  return phrase.kind === 'base' || phrase.kind === 'explicit' || phrase.kind === 'explicit-plural'
}

/**
 * Compile loaded entries into the lookup structure. Two entries that claim
 * the same written term are an error: the engine could not tell which
 * explanation to show.
 */
export function compileLexicon(loaded: readonly LoadedEntry[]): CompiledLexicon {
  const phrases: Phrase[] = []
  const compoundStarts = new Map<string, Phrase[]>()
  const compoundEnds = new Map<string, Phrase[]>()
  const writtenBy = new Map<string, LoadedEntry>()
  const problems: LexiconProblem[] = []
  const entries: CompiledEntry[] = []
  let formCount = 0

  loaded.forEach((item, order) => {
    const entry = compileEntry(item.entry, order)
    entries.push(entry)
    for (const form of entryForms(item.entry)) {
      const phrase: Phrase = { entry, tokens: form.tokens, kind: form.kind }
      const key = form.tokens.join(' ')
      if (isWritten(phrase)) {
        const owner = writtenBy.get(key)
        if (owner && owner.entry.id !== item.entry.id) {
          problems.push({
            ...item.location,
            field: 'terms',
            message: `de term '${key}' staat ook bij '${owner.entry.id}' (${owner.location.file}:${owner.location.line}); een term hoort bij één id`,
          })
        }
        writtenBy.set(key, item)
      }
      formCount++
      phrases.push(phrase)
      // Compound parts shorter than the quick-reject affix would hide in too many words anyway.
      if (form.tokens.length === 1 && item.entry.compounds && form.tokens[0]!.length >= COMPOUND_AFFIX) {
        const compounds = item.entry.compounds
        if (compounds === 'start' || compounds === 'both') pushTo(compoundStarts, form.tokens[0]!, phrase)
        if (compounds === 'end' || compounds === 'both') pushTo(compoundEnds, form.tokens[0]!, phrase)
      }
    }
  })
  if (problems.length > 0) throw new LexiconError(problems)
  const byFirstToken = indexPhrases(phrases)
  for (const map of [compoundStarts, compoundEnds]) sortPhrases(map)
  const lengths = (map: Map<string, Phrase[]>): number[] =>
    [...new Set([...map.keys()].map((key) => key.length))].sort((a, b) => b - a)
  return {
    entries,
    phrases,
    byFirstToken,
    compoundStarts,
    compoundEnds,
    compoundStartLengths: lengths(compoundStarts),
    compoundEndLengths: lengths(compoundEnds),
    compoundStartHeads: new Set([...compoundStarts.keys()].map((key) => key.slice(0, COMPOUND_AFFIX))),
    compoundEndTails: new Set([...compoundEnds.keys()].map((key) => key.slice(-COMPOUND_AFFIX))),
    formCount,
  }
}
