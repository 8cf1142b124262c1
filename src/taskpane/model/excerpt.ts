/**
 * The sentence around a finding, for its card: the reader sees the words in
 * context without switching to the document.
 */
export interface Excerpt {
  readonly before: string
  readonly match: string
  readonly after: string
}

const SENTENCE_END = /[.!?…]["'”’)]*\s/g
const MAX_SIDE = 90

/** Start of the sentence containing `offset`. */
function sentenceStart(text: string, offset: number): number {
  let start = 0
  SENTENCE_END.lastIndex = 0
  for (let match = SENTENCE_END.exec(text); match && match.index + match[0].length <= offset; match = SENTENCE_END.exec(text)) {
    start = match.index + match[0].length
  }
  return start
}

/** End of the sentence containing `offset` (exclusive, after its punctuation). */
function sentenceEnd(text: string, offset: number): number {
  SENTENCE_END.lastIndex = offset
  const match = SENTENCE_END.exec(text)
  return match ? match.index + match[0].trimEnd().length : text.length
}

/** Cut at a word boundary, marking the cut with an ellipsis. */
function clipStart(text: string): string {
  if (text.length <= MAX_SIDE) return text
  const cut = text.slice(text.length - MAX_SIDE)
  const space = cut.indexOf(' ')
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`
}

function clipEnd(text: string): string {
  if (text.length <= MAX_SIDE) return text
  const cut = text.slice(0, MAX_SIDE)
  const space = cut.lastIndexOf(' ')
  return `${space > 0 ? cut.slice(0, space) : cut}…`
}

export function excerpt(text: string, start: number, end: number): Excerpt {
  const from = sentenceStart(text, start)
  const to = Math.max(end, sentenceEnd(text, end))
  return {
    before: clipStart(text.slice(from, start).trimStart()),
    match: text.slice(start, end),
    after: clipEnd(text.slice(end, to).trimEnd()),
  }
}

/** The start of a (long) sentence, cut at a word boundary: enough to recognise it in a list. */
export function opening(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${space > 0 ? cut.slice(0, space) : cut}…`
}
