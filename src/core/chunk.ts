/**
 * Split a text into paragraph-sized chunks that are parsed one at a time.
 * parse-latin's whole-document parse grows superlinearly with the input
 * (it splices one big token array), so a long text is never handed to it at
 * once. Chunks end at blank lines; an over-long block is cut further at line
 * ends, then at sentence ends, then at white space, so every chunk stays
 * small whatever the input looks like.
 */

export interface Chunk {
  /** UTF-16 offset of the chunk in the whole text. */
  readonly offset: number
  readonly text: string
}

/** Longest chunk, in UTF-16 code units, before it is cut further. */
export const MAX_CHUNK = 8192

const BLANK_LINE = /\n[ \t\u00a0]*\n/g
const CUTS: readonly RegExp[] = [/\n/g, /[.!?…]["'”’)]*\s+/g, /\s+/g]

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** Cut positions (ends) inside `text` that keep pieces at most `max` long. */
function cutLong(text: string, level: number, max: number): number[] {
  if (text.length <= max) return [text.length]
  const pattern = CUTS[level]
  if (!pattern) {
    // No separator at all: cut hard, but never inside a surrogate pair.
    const ends: number[] = []
    let end = 0
    while (end < text.length) {
      let next = Math.min(end + max, text.length)
      if (next < text.length && isHighSurrogate(text.charCodeAt(next - 1))) next--
      ends.push(next)
      end = next
    }
    return ends
  }
  const ends: number[] = []
  let start = 0
  let lastCut = 0
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const cut = match.index + match[0].length
    if (cut - start > max && lastCut > start) {
      ends.push(lastCut)
      start = lastCut
    }
    lastCut = cut
  }
  if (text.length - start > max && lastCut > start && lastCut < text.length) {
    ends.push(lastCut)
    start = lastCut
  }
  ends.push(text.length)
  // Pieces that are still too long go one level down.
  const result: number[] = []
  let pieceStart = 0
  for (const end of ends) {
    const piece = text.slice(pieceStart, end)
    for (const inner of cutLong(piece, level + 1, max)) result.push(pieceStart + inner)
    pieceStart = end
  }
  return result
}

/** Split `text` into consecutive chunks that together are exactly `text`. */
export function chunkText(text: string, max: number = MAX_CHUNK): Chunk[] {
  const chunks: Chunk[] = []
  let start = 0
  const pushBlock = (end: number): void => {
    const block = text.slice(start, end)
    let pieceStart = 0
    for (const pieceEnd of cutLong(block, 0, max)) {
      chunks.push({ offset: start + pieceStart, text: block.slice(pieceStart, pieceEnd) })
      pieceStart = pieceEnd
    }
    start = end
  }
  BLANK_LINE.lastIndex = 0
  for (let match = BLANK_LINE.exec(text); match; match = BLANK_LINE.exec(text)) {
    pushBlock(match.index + match[0].length)
  }
  if (start < text.length) pushBlock(text.length)
  return chunks
}
