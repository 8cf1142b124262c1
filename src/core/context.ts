import type { CompiledCondition, ConditionPart, WordPattern } from './lexicon/compile.js'
import type { Token } from './tokens.js'

function patternMatches(pattern: WordPattern, token: Token | undefined): boolean {
  if (!token || !token.isWord) return false
  if (pattern.prefix && pattern.suffix) return token.norm.includes(pattern.value)
  if (pattern.prefix) return token.norm.startsWith(pattern.value)
  if (pattern.suffix) return token.norm.endsWith(pattern.value)
  return token.norm === pattern.value
}

function phraseAt(phrase: readonly WordPattern[], tokens: readonly Token[], start: number): boolean {
  return phrase.every((pattern, offset) => patternMatches(pattern, tokens[start + offset]))
}

/** Where a match stands: its sentence's tokens, and (lazily) its paragraph's. */
export interface MatchContext {
  readonly tokens: readonly Token[]
  readonly paragraphTokens: () => readonly Token[]
}

function anywhere(phrase: readonly WordPattern[], tokens: readonly Token[], skip: (token: Token) => boolean): boolean {
  return tokens.some((token, index) => !skip(token) && phraseAt(phrase, tokens, index))
}

function partHolds(part: ConditionPart, context: MatchContext, first: number, last: number): boolean {
  const { tokens } = context
  switch (part.where) {
    case 'next':
      return part.phrases.some((phrase) => phraseAt(phrase, tokens, last + 1))
    case 'previous':
      return part.phrases.some((phrase) => phraseAt(phrase, tokens, first - phrase.length))
    case 'sentence': {
      const start = tokens[first]!.start
      const end = tokens[last]!.end
      return part.phrases.some((phrase) => anywhere(phrase, tokens, (token) => token.start >= start && token.end <= end))
    }
    case 'paragraph': {
      const start = tokens[first]!.start
      const end = tokens[last]!.end
      const paragraph = context.paragraphTokens()
      return part.phrases.some((phrase) => anywhere(phrase, paragraph, (token) => token.start >= start && token.end <= end))
    }
  }
}

/**
 * Whether a condition of a context rule holds around the match that spans
 * tokens `first`..`last` (inclusive) of a sentence: all its parts must.
 */
export function conditionHolds(condition: CompiledCondition, context: MatchContext, first: number, last: number): boolean {
  return condition.parts.every((part) => partHolds(part, context, first, last))
}
