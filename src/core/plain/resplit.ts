import type { Paragraph, ParagraphContent, Root, Sentence, SentenceContent, WhiteSpace, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import type { Plugin } from 'unified'
import { SENTENCE_FINAL_WORDS } from './data/abbreviations.js'

const FINAL_WORDS: ReadonlySet<string> = new Set(SENTENCE_FINAL_WORDS)
const DIGITS = /^\d+$/
const UPPER_INITIAL = /^\p{Lu}/u
const BULLET = /^[-–—•·▪*●◦]$/
const LIST_NUMBER = /^(?:\d{1,2}|[a-z])[.)]$/
const LIST_INTRO = /^[:;]$/

/**
 * The word "al." (an ordinary word plus the sentence's full stop, merged by
 * parse-dutch as if it were an abbreviation) split back into its word.
 */
function falseAbbreviation(node: SentenceContent | undefined): { word: string } | undefined {
  if (node?.type !== 'WordNode' || node.children.length !== 2) return undefined
  const [text, period] = node.children
  if (text?.type !== 'TextNode' || period?.type !== 'PunctuationNode' || period.value !== '.') return undefined
  const word = text.value.toLowerCase()
  return FINAL_WORDS.has(word) || DIGITS.test(word) ? { word } : undefined
}

function startsWithCapital(node: SentenceContent | undefined): boolean {
  return node?.type === 'WordNode' && UPPER_INITIAL.test(toString(node))
}

function isWordNode(node: SentenceContent | undefined): boolean {
  return node?.type === 'WordNode'
}

/** The next non-white-space node after `index`. */
function nextContent(children: readonly SentenceContent[], index: number): SentenceContent | undefined {
  for (let position = index + 1; position < children.length; position++) {
    if (children[position]!.type !== 'WhiteSpaceNode') return children[position]
  }
  return undefined
}

function previousContent(children: readonly SentenceContent[], index: number): SentenceContent | undefined {
  for (let position = index - 1; position >= 0; position--) {
    if (children[position]!.type !== 'WhiteSpaceNode') return children[position]
  }
  return undefined
}

/** A line break that starts a list item, or ends a line that introduces one. */
function listBreak(children: readonly SentenceContent[], index: number): boolean {
  const node = children[index]!
  if (node.type !== 'WhiteSpaceNode' || !node.value.includes('\n')) return false
  const before = previousContent(children, index)
  if (!before) return false
  if (before.type === 'PunctuationNode' && LIST_INTRO.test(before.value)) return true
  const after = nextContent(children, index)
  if (!after) return false
  const value = toString(after)
  return BULLET.test(value) || (after.type === 'WordNode' && LIST_NUMBER.test(value))
}

function startsListItem(nodes: readonly SentenceContent[]): boolean {
  const first = nodes.find((node) => node.type !== 'WhiteSpaceNode')
  if (!first) return false
  const value = toString(first)
  return BULLET.test(value) || (first.type === 'WordNode' && LIST_NUMBER.test(value))
}

/** A cheap first look: most sentences have no glued full stop and no line break. */
function mightSplit(children: readonly SentenceContent[]): boolean {
  for (let index = 1; index < children.length - 1; index++) {
    const node = children[index]!
    if (node.type === 'WhiteSpaceNode' ? node.value.includes('\n') : falseAbbreviation(node) !== undefined) return true
  }
  return false
}

function makeSentence(children: SentenceContent[]): Sentence {
  const first = children[0]?.position
  const last = children.at(-1)?.position
  const sentence: Sentence = { type: 'SentenceNode', children }
  if (first && last) sentence.position = { start: first.start, end: last.end }
  return sentence
}

/** "al." as a word "al" and a full stop, as a sentence normally ends. */
function splitPeriod(word: Word): SentenceContent[] {
  const [text, period] = word.children as [Word['children'][number], Word['children'][number]]
  const bare: Word = { type: 'WordNode', children: [text] }
  if (text.position) bare.position = { start: text.position.start, end: text.position.end }
  return [bare, period as SentenceContent]
}

/**
 * Split one sentence where parse-dutch glued two together. Returns the
 * parts, with the white space between them as paragraph-level nodes.
 */
export function resplitSentence(sentence: Sentence): ParagraphContent[] {
  const { children } = sentence
  if (!mightSplit(children)) return [sentence]
  const parts: ParagraphContent[] = []
  let current: SentenceContent[] = []
  let seenWord = false
  let changed = false
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!
    const wordBefore = seenWord
    if (isWordNode(node)) seenWord = true
    if (
      wordBefore &&
      falseAbbreviation(node) &&
      children[index + 1]?.type === 'WhiteSpaceNode' &&
      startsWithCapital(children[index + 2])
    ) {
      current.push(...splitPeriod(node as Word))
      parts.push(makeSentence(current), children[index + 1] as WhiteSpace)
      current = []
      seenWord = false
      changed = true
      index++
      continue
    }
    // A list item ends at its line end, even where the next line is ordinary text.
    const breaksItem = node.type === 'WhiteSpaceNode' && node.value.includes('\n') && startsListItem(current)
    if (wordBefore && current.length > 0 && (breaksItem || listBreak(children, index))) {
      // The line break opens the next sentence: it tells later checks that a new line starts there.
      parts.push(makeSentence(current))
      current = [node]
      seenWord = false
      changed = true
      continue
    }
    current.push(node)
  }
  if (!changed) return [sentence]
  if (current.length > 0) parts.push(makeSentence(current))
  return parts
}

/** Re-split every sentence of a paragraph in place. */
export function resplitParagraph(paragraph: Paragraph): void {
  let changed = false
  const children: ParagraphContent[] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      children.push(child)
      continue
    }
    const parts = resplitSentence(child)
    if (parts.length > 1 || parts[0] !== child) changed = true
    children.push(...parts)
  }
  if (changed) paragraph.children = children
}

/**
 * A retext transformer, run before every other check: it corrects
 * parse-dutch's over-eager abbreviation list ("Dat weet ik al. Morgen komt
 * hij." is one sentence to parse-dutch) and breaks a sentence at list items
 * that stand on their own lines, so sentence length and readability count
 * real sentences. Real abbreviations ("dhr. Jansen", "bijv. Utrecht",
 * "nr. 4") stay inside their sentence.
 */
const retextResplit: Plugin<[], Root> = function () {
  return (tree: Root): undefined => {
    for (const child of tree.children) if (child.type === 'ParagraphNode') resplitParagraph(child)
  }
}
export default retextResplit
