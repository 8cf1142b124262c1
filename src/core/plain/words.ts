import type { Paragraph, Root, Sentence } from 'nlcst'
import type { Point } from 'unist'

/** One word or punctuation token of a sentence, with its text as written. */
export interface SentenceToken {
  /** Text as written in the document. */
  readonly raw: string
  /** Lower case, curly apostrophes straightened. */
  readonly lower: string
  readonly isWord: boolean
  /** Index of the node among the sentence's children. */
  readonly index: number
  readonly start: Point
  readonly end: Point
  /** A line break stands between this token and the previous one. */
  readonly afterNewline: boolean
}

const LETTER = /\p{L}/u

/** A word that counts for sentence length and readability: it has a letter (pure numbers do not count). */
export function isCountable(token: SentenceToken): boolean {
  return token.isWord && LETTER.test(token.raw)
}

/** The tokens of one sentence (white space left out); `text` is the whole document text. */
export function tokensOf(sentence: Sentence, text: string): SentenceToken[] {
  const tokens: SentenceToken[] = []
  let afterNewline = false
  sentence.children.forEach((node, index) => {
    if (node.type === 'WhiteSpaceNode') {
      if (node.value.includes('\n')) afterNewline = true
      return
    }
    const start = node.position?.start
    const end = node.position?.end
    if (start?.offset === undefined || end?.offset === undefined) return
    const raw = text.slice(start.offset, end.offset)
    tokens.push({
      raw,
      lower: raw.toLowerCase().replaceAll('’', "'"),
      isWord: node.type === 'WordNode',
      index,
      start,
      end,
      afterNewline,
    })
    afterNewline = false
  })
  return tokens
}

/** Sentences are children of paragraphs, which are children of the root. */
export function forEachSentence(tree: Root, callback: (sentence: Sentence, paragraph: Paragraph) => void): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') callback(sentence, paragraph)
  }
}

/** Where a sentence starts and ends (its first and last non-white-space node). */
export function sentenceSpan(tokens: readonly SentenceToken[]): { start: Point; end: Point } | undefined {
  const first = tokens[0]
  const last = tokens.at(-1)
  return first && last ? { start: first.start, end: last.end } : undefined
}

const QUOTE = /^["“”„«»‹›‘’']$/

/** Whether the sentence quotes someone: words inside quotes are not the writer's own. */
export function hasQuotation(tokens: readonly SentenceToken[]): boolean {
  return tokens.some((token) => !token.isWord && QUOTE.test(token.raw))
}

const UPPER_INITIAL = /^\p{Lu}/u
const HAS_LOWER = /\p{Ll}/u

/** Capitalised like a name ("Timmerman"), and not at the start of the sentence or a line. */
export function looksLikeNameAt(tokens: readonly SentenceToken[], position: number): boolean {
  const token = tokens[position]!
  if (!UPPER_INITIAL.test(token.raw) || !HAS_LOWER.test(token.raw.slice(1))) return false
  if (token.afterNewline) return false
  for (let before = position - 1; before >= 0; before--) {
    const previous = tokens[before]!
    if (previous.isWord) return true
    if (/[.!?:;…•·▪–—-]$/.test(previous.raw)) return false
  }
  return false
}
