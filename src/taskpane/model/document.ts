/**
 * The pane's side of the document pass: which paragraphs go in, and how its
 * findings join each paragraph's own. Paragraph checks never report the
 * document rules, so replacing those rules' findings is all a merge needs.
 */
import type { Finding } from '../../core/finding.js'
import type { DocumentParagraph } from '../../word/host.js'
import { DOCUMENT_RULES, type DocumentItem, type ParagraphFindings } from '../engine/protocol.js'
import type { CheckedParagraph } from './review.js'

/** Readers read the running text; headers, footers and notes would skew sentence lengths. */
const PROSE: ReadonlySet<DocumentParagraph['part']> = new Set(['body', 'table'])

export function documentItems(paragraphs: readonly DocumentParagraph[]): DocumentItem[] {
  return paragraphs
    .filter((paragraph) => paragraph.text.trim() !== '')
    .map((paragraph) => ({ id: paragraph.id, text: paragraph.text, prose: PROSE.has(paragraph.part) }))
}

const byPosition = (a: Finding, b: Finding): number => a.start - b.start || a.end - b.end

/** Each paragraph with its own findings and the document pass's, in position order. */
export function withDocumentFindings(
  paragraphs: readonly CheckedParagraph[],
  results: readonly ParagraphFindings[],
): CheckedParagraph[] {
  const byId = new Map(results.map((result) => [result.id, result]))
  return paragraphs.map((paragraph) => {
    const own = paragraph.findings.filter((finding) => !DOCUMENT_RULES.has(finding.ruleId))
    const result = byId.get(paragraph.id)
    // A result for other text than the paragraph now holds would point at the wrong words.
    const added = result && result.text === paragraph.text ? result.findings : []
    if (added.length === 0 && own.length === paragraph.findings.length) return paragraph
    return { ...paragraph, findings: [...own, ...added].sort(byPosition) }
  })
}
