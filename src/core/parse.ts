import type { Root, RootContent } from 'nlcst'
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
interface Positioned {
  position?: { start: Point; end: Point } | undefined
  children?: Positioned[]
}

function shiftPoint(point: Point, offset: number, line: number, column: number): Point {
  return {
    line: point.line + line - 1,
    column: point.line === 1 ? point.column + column - 1 : point.column,
    offset: point.offset === undefined ? undefined : point.offset + offset,
  }
}

// parse-latin shares point objects between a parent and its first and last
// children, so every node gets fresh points instead of mutated ones.
function shift(node: Positioned, offset: number, line: number, column: number): void {
  if (node.position) {
    node.position = {
      start: shiftPoint(node.position.start, offset, line, column),
      end: shiftPoint(node.position.end, offset, line, column),
    }
  }
  if (node.children) for (const child of node.children) shift(child, offset, line, column)
}

/**
 * Parse Dutch text chunk by chunk, yielding one root per chunk whose
 * positions refer to the whole text. Callers that keep only what they need
 * of each tree (as `check()` does) stay linear in time and flat in memory.
 */
export function* parseDutchChunks(text: string): Generator<Root> {
  const parser = new ParseDutch()
  let line = 1
  let column = 1
  for (const chunk of chunkText(text)) {
    const tree = parser.parse(chunk.text)
    if (line !== 1 || column !== 1 || chunk.offset !== 0) {
      for (const child of tree.children) shift(child, chunk.offset, line, column)
    }
    const start = { line, column, offset: chunk.offset }
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
