import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Nodes } from 'mdast'

/**
 * Keep only the prose of a Markdown document: every character outside a
 * text node becomes a space (line breaks stay), so code blocks, inline code,
 * HTML, link targets and markup are never flagged, while offsets, lines and
 * columns still point into the original file.
 */
export function markdownProse(source: string): string {
  const keep = new Uint8Array(source.length)
  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) keep.fill(1, start, end)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(fromMarkdown(source))
  let result = ''
  let runStart = 0
  let runKeep = keep[0] === 1
  const flush = (end: number): void => {
    const piece = source.slice(runStart, end)
    result += runKeep ? piece : piece.replace(/[^\n]/g, ' ')
  }
  for (let index = 1; index <= source.length; index++) {
    const current = index < source.length && keep[index] === 1
    if (index === source.length || current !== runKeep) {
      flush(index)
      runStart = index
      runKeep = current
    }
  }
  return result
}
