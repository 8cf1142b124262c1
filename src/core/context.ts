import type { CompiledCondition, WordPattern } from './lexicon/compile.js'
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

/**
 * Whether a condition of a context rule holds around the match that spans
 * tokens `first`..`last` (inclusive) of a sentence.
 */
export function conditionHolds(
  condition: CompiledCondition,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  switch (condition.where) {
    case 'next':
      return condition.phrases.some((phrase) => phraseAt(phrase, tokens, last + 1))
    case 'previous':
      return condition.phrases.some((phrase) => phraseAt(phrase, tokens, first - phrase.length))
    case 'sentence':
      return condition.phrases.some((phrase) =>
        tokens.some((_, index) => (index < first || index > last) && phraseAt(phrase, tokens, index)),
      )
  }
}
