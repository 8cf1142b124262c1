/**
 * The document pass, in the worker: the paragraphs joined with blank lines
 * (as the CLI reads a .docx) and checked as one text, so the rules that look
 * across paragraphs see the whole document, and the readability report over
 * the running text. Offsets come back relative to their paragraph.
 */
import { check, report, type CompiledLexicon, type Finding } from '../../core/index.js'
import { DOCUMENT_RULES, type DocumentItem, type DocumentResult, type ParagraphFindings, type SentencePlace } from './protocol.js'

/** A blank line: the parser starts a new paragraph, so no sentence runs on into the next one. */
const SEPARATOR = '\n\n'

interface Joined {
  readonly text: string
  readonly items: readonly DocumentItem[]
  /** Offset of each item's text in `text`, ascending. */
  readonly starts: readonly number[]
}

function join(items: readonly DocumentItem[]): Joined {
  const starts: number[] = []
  let offset = 0
  for (const item of items) {
    starts.push(offset)
    offset += item.text.length + SEPARATOR.length
  }
  return { text: items.map((item) => item.text).join(SEPARATOR), items, starts }
}

/** The item whose text holds [start, end), or undefined for a span across a separator. */
function locate(joined: Joined, start: number, end: number): number | undefined {
  let low = 0
  let high = joined.starts.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (joined.starts[middle]! <= start) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  if (found < 0) return undefined
  return end <= joined.starts[found]! + joined.items[found]!.text.length ? found : undefined
}

/** 1-based line and column of `offset` in `text`, counting line breaks as vfile does. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const breaks = before.match(/\r\n|\r|\n/g) ?? []
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1
  return { line: breaks.length + 1, column: offset - lineStart + 1 }
}

function documentFindings(joined: Joined, lexicon: CompiledLexicon): ParagraphFindings[] {
  const byItem = new Map<number, Finding[]>()
  // The whole check, not just the two rules: which finding survives an overlap must be decided exactly as `check()` does.
  for (const finding of check(joined.text, { lexicon })) {
    if (!DOCUMENT_RULES.has(finding.ruleId)) continue
    const index = locate(joined, finding.start, finding.end)
    if (index === undefined) continue
    const base = joined.starts[index]!
    const text = joined.items[index]!.text
    const list = byItem.get(index) ?? []
    list.push({ ...finding, start: finding.start - base, end: finding.end - base, ...lineColumn(text, finding.start - base) })
    byItem.set(index, list)
  }
  return [...byItem].map(([index, findings]) => ({ id: joined.items[index]!.id, text: joined.items[index]!.text, findings }))
}

function readability(items: readonly DocumentItem[]): DocumentResult['readability'] {
  const joined = join(items.filter((item) => item.prose))
  const { sentenceList, ...figures } = report(joined.text)
  const sentences: SentencePlace[] = []
  for (const sentence of sentenceList) {
    const index = locate(joined, sentence.start, sentence.end)
    if (index === undefined) continue
    const base = joined.starts[index]!
    sentences.push({
      paragraphId: joined.items[index]!.id,
      start: sentence.start - base,
      end: sentence.end - base,
      words: sentence.words,
      long: sentence.long,
      passive: sentence.passive,
    })
  }
  return { figures, sentences }
}

export function documentPass(items: readonly DocumentItem[], lexicon: CompiledLexicon): DocumentResult {
  return { findings: documentFindings(join(items), lexicon), readability: readability(items) }
}
