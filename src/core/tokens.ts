import type { Sentence, SentenceContent } from 'nlcst'
import { ParseDutch } from 'parse-dutch'
import { joinHyphens, normalizeToken } from './normalize.js'

/** One non-white-space token of a sentence, ready for comparison. */
export interface Token {
  /** Normalised text: lower case, no diacritics, hyphens inside words dropped. */
  readonly norm: string
  /** Text as written. */
  readonly raw: string
  readonly start: number
  readonly end: number
  readonly isWord: boolean
  /** Index of the node among the sentence's children. */
  readonly index: number
  /** A line break stands between this token and the previous one. */
  readonly afterNewline: boolean
}

/** Normalise a token as it is compared: words also lose inner hyphens. */
export function comparable(raw: string, isWord: boolean): string {
  const norm = normalizeToken(raw)
  return isWord ? joinHyphens(norm) : norm
}

function isWordLike(node: SentenceContent): boolean {
  return node.type === 'WordNode'
}

// The lexicon and the structural klare-taal checks read the same sentences:
// each is tokenised once. Sentence nodes are fresh per parse and dropped with
// their tree, so the WeakMap frees the tokens with them.
const cache = new WeakMap<Sentence, { readonly text: string; readonly tokens: readonly Token[] }>()

/** The tokens of one sentence; `text` is the whole document text. */
export function sentenceTokens(sentence: Sentence, text: string): readonly Token[] {
  const cached = cache.get(sentence)
  if (cached && cached.text === text) return cached.tokens
  const tokens = tokenize(sentence, text)
  cache.set(sentence, { text, tokens })
  return tokens
}

function tokenize(sentence: Sentence, text: string): Token[] {
  const tokens: Token[] = []
  let afterNewline = false
  sentence.children.forEach((node, index) => {
    if (node.type === 'WhiteSpaceNode') {
      if (node.value.includes('\n')) afterNewline = true
      return
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const raw = text.slice(start, end)
    const isWord = isWordLike(node)
    tokens.push({ norm: comparable(raw, isWord), raw, start, end, isWord, index, afterNewline })
    afterNewline = false
  })
  return tokens
}

const termParser = new ParseDutch()

/**
 * Tokenise a lexicon term exactly as document text is tokenised, so that a
 * term such as "o.a." or "zijn/haar" lines up with the document's tokens.
 */
export function termTokens(term: string): { norm: string; isWord: boolean }[] {
  const result: { norm: string; isWord: boolean }[] = []
  const tree = termParser.parse(term)
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      for (const node of sentence.children) {
        if (node.type === 'WhiteSpaceNode') continue
        const start = node.position?.start.offset ?? 0
        const end = node.position?.end.offset ?? 0
        const isWord = isWordLike(node)
        result.push({ norm: comparable(term.slice(start, end), isWord), isWord })
      }
    }
  }
  return result
}
