import type { Sentence } from 'nlcst'
import type { Point } from 'unist'
import { comparable, type Token } from '../tokens.js'

export type { Token } from '../tokens.js'
export { forEachSentence } from '../message.js'

/** A word list as a set of normalised words, compared with `Token.norm`. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => comparable(word, true)))
}

const LETTER = /\p{L}/u

/** A word that counts for sentence length and readability: it has a letter (pure numbers do not count). */
export function isCountable(token: Token): boolean {
  return token.isWord && LETTER.test(token.raw)
}

/** Line, column and offset of tokens, from their nodes. */
export function spanOf(sentence: Sentence, first: Token, last: Token): { start: Point; end: Point } {
  return { start: sentence.children[first.index]!.position!.start, end: sentence.children[last.index]!.position!.end }
}

/** Where a sentence starts and ends (its first and last token). */
export function sentenceSpan(sentence: Sentence, tokens: readonly Token[]): { start: Point; end: Point } | undefined {
  const first = tokens[0]
  const last = tokens.at(-1)
  return first && last ? spanOf(sentence, first, last) : undefined
}

const QUOTE = /^["“”„«»‹›‘’']$/

/** Whether the sentence quotes someone: words inside quotes are not the writer's own. */
export function hasQuotation(tokens: readonly Token[]): boolean {
  return tokens.some((token) => !token.isWord && QUOTE.test(token.raw))
}
