/**
 * Findings as the pane shows them: tied to their paragraph, in document order,
 * with dismissed ones removed, grouped and counted for the summary.
 */
// Only the category constants: the engine itself runs in the worker, not in the pane's bundle.
import { CATEGORY_IDS, SEVERITIES, type CategoryId, type Severity } from '../../core/categories.js'
import type { Finding } from '../../core/finding.js'
import type { DocumentParagraph, TextTarget } from '../../word/host.js'
import { passesFilters, type FilterPrefs } from './filters.js'
import { occurrenceKey } from './ignore.js'

/** A checked paragraph with the findings for exactly its `text`. */
export interface CheckedParagraph extends DocumentParagraph {
  readonly findings: readonly Finding[]
}

export interface ReviewItem {
  /** Unique among the current items, stable while the paragraph is unchanged. */
  readonly key: string
  /** Survives edits elsewhere in the paragraph; used for "Negeren". */
  readonly occurrence: string
  readonly paragraph: CheckedParagraph
  readonly finding: Finding
}

export interface Dismissals {
  readonly occurrences: ReadonlySet<string>
  readonly documentRules: readonly string[]
  readonly allowedRules: readonly string[]
}

/** Every finding of the paragraphs, in document order, minus the dismissed ones. */
export function reviewItems(paragraphs: readonly CheckedParagraph[], dismissals: Dismissals): ReviewItem[] {
  const blocked = new Set([...dismissals.documentRules, ...dismissals.allowedRules])
  const items: ReviewItem[] = []
  for (const paragraph of paragraphs) {
    const seen = new Map<string, number>()
    for (const finding of paragraph.findings) {
      const base = `${finding.ruleId}\u0000${finding.text.toLowerCase()}`
      const nth = seen.get(base) ?? 0
      seen.set(base, nth + 1)
      const occurrence = occurrenceKey(paragraph.id, finding.ruleId, finding.text, nth)
      if (blocked.has(finding.ruleId) || dismissals.occurrences.has(occurrence)) continue
      items.push({ key: `${paragraph.id}:${finding.start}:${finding.end}:${finding.ruleId}`, occurrence, paragraph, finding })
    }
  }
  return items
}

export function targetOf(item: ReviewItem): TextTarget {
  return {
    paragraphId: item.paragraph.id,
    start: item.finding.start,
    end: item.finding.end,
    expected: item.finding.text,
  }
}

/**
 * Alternatives a button can insert as they are, and the rest (templates such
 * as 'om ... te' that need the writer to rephrase), which are shown as hints.
 */
export function alternativesOf(finding: Finding): { readonly insertable: string[]; readonly hints: string[] } {
  const template = (value: string) => value.includes('...') || value.includes('…')
  return {
    insertable: finding.suggestions.filter((value) => !template(value)),
    hints: [...finding.suggestions.filter(template), ...finding.hints],
  }
}

export interface Summary {
  readonly total: number
  readonly byCategory: Readonly<Record<CategoryId, number>>
  readonly bySeverity: Readonly<Record<Severity, number>>
}

/** Counts over all remaining items, regardless of filters, so a hidden factor still shows its count. */
export function summarize(items: readonly ReviewItem[]): Summary {
  const byCategory = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<CategoryId, number>
  const bySeverity = Object.fromEntries(SEVERITIES.map((id) => [id, 0])) as Record<Severity, number>
  for (const { finding } of items) {
    byCategory[finding.category] += 1
    bySeverity[finding.severity] += 1
  }
  return { total: items.length, byCategory, bySeverity }
}

export function visibleItems(items: readonly ReviewItem[], prefs: FilterPrefs): ReviewItem[] {
  return items.filter((item) => passesFilters(item.finding, prefs))
}

export interface FactorGroup {
  readonly category: CategoryId
  readonly items: readonly ReviewItem[]
}

/** Groups in vlechtwerk order; within a group, document order. Empty groups are left out. */
export function groupByFactor(items: readonly ReviewItem[]): FactorGroup[] {
  const groups = new Map<CategoryId, ReviewItem[]>()
  for (const item of items) {
    const list = groups.get(item.finding.category) ?? []
    list.push(item)
    groups.set(item.finding.category, list)
  }
  return CATEGORY_IDS.filter((id) => groups.has(id)).map((category) => ({ category, items: groups.get(category) ?? [] }))
}
