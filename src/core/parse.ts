import type { Root, RootContent, SentenceContent } from 'nlcst'
import { ParseDutch } from 'parse-dutch'
import type { Plugin, Processor } from 'unified'
import { chunkText } from './chunk.js'

/**
 * A unified parser plugin: Dutch (parse-dutch, as retext-dutch uses it), but
 * parsed chunk by chunk and joined into one tree whose positions refer to the
 * whole text. The result has the shape of a whole-document parse, so other
 * retext plugins work on it unchanged, while the cost stays linear.
 */
const retextDutchChunked: Plugin<[], string, Root> = function (this: Processor) {
  ;(this as unknown as Processor<Root>).parser = parseDutchChunked
}
export default retextDutchChunked

interface Point {
  line: number
  column: number
  offset?: number | undefined
}

interface Start {
  line: number
  column: number
  offset: number
}

/**
 * parse-dutch, with token positions starting at a given point instead of
 * 1:1. Positions are set where parse-latin creates them (its `tokenize`
 * step), so every later node, which reuses its children's points, is right
 * without walking the tree again.
 */
class OffsetParser extends ParseDutch {
  start: Start = { line: 1, column: 1, offset: 0 }

  override tokenize(value: string | null | undefined): SentenceContent[] {
    const tokens = super.tokenize(value)
    const { line, column, offset } = this.start
    if (line === 1 && column === 1 && offset === 0) return tokens
    // parse-latin gives each token fresh start and end points; a word shares
    // its start point with its text node, and has an end point of its own.
    const move = (point: Point): void => {
      if (point.line === 1) point.column += column - 1
      point.line += line - 1
      if (point.offset !== undefined) point.offset += offset
    }
    for (const token of tokens) {
      if (!token.position) continue
      move(token.position.start)
      move(token.position.end)
      if (token.type === 'WordNode') {
        for (const child of token.children) {
          if (!child.position) continue
          if (child.position.start !== token.position.start) move(child.position.start)
          if (child.position.end !== token.position.end) move(child.position.end)
        }
      }
    }
    return tokens
  }
}

/**
 * Parse Dutch text chunk by chunk, yielding one root per chunk whose
 * positions refer to the whole text. Callers that keep only what they need
 * of each tree (as `check()` does) stay linear in time and flat in memory.
 */
export function* parseDutchChunks(text: string): Generator<Root> {
  const parser = new OffsetParser()
  let line = 1
  let column = 1
  for (const chunk of chunkText(text)) {
    const start = { line, column, offset: chunk.offset }
    parser.start = start
    const tree = parser.parse(chunk.text)
    // Advance line/column over the chunk for the next one.
    const lastNewline = chunk.text.lastIndexOf('\n')
    if (lastNewline === -1) {
      column += chunk.text.length
    } else {
      let newlines = 0
      for (let index = chunk.text.indexOf('\n'); index !== -1; index = chunk.text.indexOf('\n', index + 1)) newlines++
      line += newlines
      column = chunk.text.length - lastNewline
    }
    yield { type: 'RootNode', children: tree.children, position: { start, end: { line, column, offset: chunk.offset + chunk.text.length } } }
  }
}

/** Parse Dutch text per chunk into one nlcst tree with whole-text positions. */
export function parseDutchChunked(text: string): Root {
  const children: RootContent[] = []
  for (const root of parseDutchChunks(text)) children.push(...root.children)
  const end = children.at(-1)?.position?.end ?? { line: 1, column: 1, offset: 0 }
  return { type: 'RootNode', children, position: { start: { line: 1, column: 1, offset: 0 }, end } }
}
