import { isLiteral } from 'nlcst-is-literal'
import type { Sentence } from 'nlcst'
import { meetsSeverity, type CategoryId, type Severity } from './categories.js'
import { conditionHolds, type MatchContext } from './context.js'
import { COMPOUND_AFFIX, type CompiledEntry, type CompiledLexicon, type Phrase } from './lexicon/compile.js'
import { insideUrl, isBracketed, isQuoted, isSentenceInitial, looksLikeName } from './position.js'
import type { Token } from './tokens.js'

/** Which entries may fire; everything else is skipped before matching. */
export interface MatchFilter {
  readonly categories?: ReadonlySet<CategoryId> | undefined
  readonly minSeverity?: Severity | undefined
  readonly ignore?: ReadonlySet<string> | undefined
}

/** The verdict of a `MatchFilter`, by entry `order`. */
export type EnabledEntries = readonly boolean[]

/** A lexicon hit in a sentence, before it becomes a message. */
export interface Match {
  readonly phrase: Phrase
  /** First and last token (inclusive). */
  readonly first: number
  readonly last: number
  readonly start: number
  readonly end: number
  /** The match is part of a compound word: [partStart, partEnd) is the lexicon part. */
  readonly compound?: { readonly partStart: number; readonly partEnd: number } | undefined
}

/** Whether an entry passes the filter; decided once per processor, not per candidate. */
export function entryEnabled(entry: CompiledEntry, filter: MatchFilter): boolean {
  if (filter.categories && !filter.categories.has(entry.category)) return false
  if (filter.minSeverity && !meetsSeverity(entry.severity, filter.minSeverity)) return false
  if (filter.ignore?.has(entry.id)) return false
  return true
}

function tokensMatch(phrase: Phrase, tokens: readonly Token[], first: number): boolean {
  const expected = phrase.tokens
  if (first + expected.length > tokens.length) return false
  for (let offset = 1; offset < expected.length; offset++) {
    if (tokens[first + offset]!.norm !== expected[offset]) return false
  }
  return true
}

interface SentenceScope extends MatchContext {
  readonly sentence: Sentence
  readonly text: string
}

/** All checks that depend on where the words stand rather than what they are. */
function acceptable(scope: SentenceScope, entry: CompiledEntry, first: number, last: number): boolean {
  const { tokens } = scope
  const head = tokens[first]!
  if (!entry.proper && looksLikeName(head.raw) && !isSentenceInitial(tokens, first)) return false
  const literal = first === last ? isLiteral(scope.sentence, head.index) && !isBracketed(tokens, first, last) : isQuoted(tokens, first, last)
  if (literal) return false
  if (entry.unless.some((condition) => conditionHolds(condition, scope, first, last))) return false
  if (entry.onlyIf.length > 0 && !entry.onlyIf.some((condition) => conditionHolds(condition, scope, first, last))) {
    return false
  }
  return !insideUrl(scope.text, head.start, tokens[last]!.end)
}

function compoundPart(
  phrases: readonly Phrase[] | undefined,
  scope: SentenceScope,
  index: number,
  enabled: EnabledEntries,
  partStart: number,
  partEnd: number,
): Match | undefined {
  if (!phrases) return undefined
  const token = scope.tokens[index]!
  for (const phrase of phrases) {
    if (!enabled[phrase.entry.order]) continue
    if (!acceptable(scope, phrase.entry, index, index)) continue
    return { phrase, first: index, last: index, start: token.start, end: token.end, compound: { partStart, partEnd } }
  }
  return undefined
}

// The rest of a compound must be a real word part, not an inflectional ending.
const MINIMUM_COMPOUND_REST = 3

function compoundMatch(
  lexicon: CompiledLexicon,
  scope: SentenceScope,
  index: number,
  enabled: EnabledEntries,
): Match | undefined {
  const word = scope.tokens[index]!.norm
  const longest = word.length - MINIMUM_COMPOUND_REST
  if (longest < COMPOUND_AFFIX) return undefined
  if (lexicon.compoundStartHeads.has(word.slice(0, COMPOUND_AFFIX))) {
    for (const length of lexicon.compoundStartLengths) {
      if (length > longest) continue
      const found = compoundPart(lexicon.compoundStarts.get(word.slice(0, length)), scope, index, enabled, 0, length)
      if (found) return found
    }
  }
  if (lexicon.compoundEndTails.has(word.slice(-COMPOUND_AFFIX))) {
    for (const length of lexicon.compoundEndLengths) {
      if (length > longest) continue
      const partStart = word.length - length
      const found = compoundPart(lexicon.compoundEnds.get(word.slice(partStart)), scope, index, enabled, partStart, word.length)
      if (found) return found
    }
  }
  return undefined
}

/** The first (longest) phrase of `phrases` that matches at `index` and may fire there. */
function firstAcceptable(phrases: readonly Phrase[], scope: SentenceScope, index: number, enabled: EnabledEntries): Match | undefined {
  const { tokens } = scope
  for (const phrase of phrases) {
    if (!tokensMatch(phrase, tokens, index)) continue
    if (!enabled[phrase.entry.order]) continue
    const last = index + phrase.tokens.length - 1
    if (!acceptable(scope, phrase.entry, index, last)) continue
    return { phrase, first: index, last, start: tokens[index]!.start, end: tokens[last]!.end }
  }
  return undefined
}

/**
 * Find lexicon matches in one sentence, leftmost-longest: where entries
 * overlap, the longest phrase wins and yields one finding, not two.
 */
export function matchSentence(
  lexicon: CompiledLexicon,
  sentence: Sentence,
  tokens: readonly Token[],
  text: string,
  enabled: EnabledEntries,
  paragraphTokens: () => readonly Token[] = () => tokens,
): Match[] {
  const matches: Match[] = []
  const scope: SentenceScope = { sentence, tokens, text, paragraphTokens }
  const hasCompounds = lexicon.compoundStarts.size > 0 || lexicon.compoundEnds.size > 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    let found: Match | undefined
    const candidates = lexicon.byFirstToken.get(token.norm)
    if (candidates) {
      const next = tokens[index + 1]
      const longer = next && candidates.bySecondToken.get(next.norm)
      found = (longer && firstAcceptable(longer, scope, index, enabled)) || firstAcceptable(candidates.single, scope, index, enabled)
    }
    if (!found && hasCompounds && token.isWord) found = compoundMatch(lexicon, scope, index, enabled)
    if (found) {
      matches.push(found)
      index = found.last
    }
  }
  return matches
}
