import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/core/index.js'
import { DEFAULT_FILTERS } from '../../src/taskpane/model/filters.js'
import { occurrenceKey } from '../../src/taskpane/model/ignore.js'
import {
  alternativesOf,
  groupByFactor,
  reviewItems,
  summarize,
  targetOf,
  visibleItems,
  type CheckedParagraph,
} from '../../src/taskpane/model/review.js'

function finding(text: string, start: number, overrides: Partial<Finding> = {}): Finding {
  return {
    start,
    end: start + text.length,
    line: 1,
    column: start + 1,
    text,
    ruleId: text.toLowerCase(),
    category: 'klare-taal',
    severity: 'hint',
    message: 'm',
    explanation: 'e',
    suggestions: [],
    hints: [],
    sources: [],
    ...overrides,
  }
}

const paragraphs: CheckedParagraph[] = [
  {
    id: 'p1',
    part: 'body',
    text: 'middels x middels allochtonen',
    findings: [finding('middels', 0), finding('middels', 10), finding('allochtonen', 18, { ruleId: 'allochtoon', category: 'herkomst', severity: 'avoid' })],
  },
  { id: 'p2', part: 'footer', text: 'teneinde', findings: [finding('teneinde', 0, { category: 'klare-taal' })] },
]
const none = { occurrences: new Set<string>(), documentRules: [], allowedRules: [] }

describe('review items', () => {
  it('keep document order and point at the paragraph text', () => {
    const items = reviewItems(paragraphs, none)
    expect(items.map((item) => `${item.paragraph.id}:${item.finding.start}`)).toEqual(['p1:0', 'p1:10', 'p1:18', 'p2:0'])
    expect(targetOf(items[1]!)).toEqual({ paragraphId: 'p1', start: 10, end: 17, expected: 'middels' })
    expect(new Set(items.map((item) => item.key)).size).toBe(4)
  })

  it('drop one occurrence, a rule in the document, or an always-allowed rule', () => {
    const second = occurrenceKey('p1', 'middels', 'middels', 1)
    expect(reviewItems(paragraphs, { ...none, occurrences: new Set([second]) }).map((item) => item.finding.start)).toEqual([0, 18, 0])
    expect(reviewItems(paragraphs, { ...none, documentRules: ['middels'] }).map((item) => item.finding.ruleId)).toEqual(['allochtoon', 'teneinde'])
    expect(reviewItems(paragraphs, { ...none, allowedRules: ['allochtoon'] })).toHaveLength(3)
  })

  it('recognise an ignored occurrence after text before it moved', () => {
    const moved: CheckedParagraph[] = [{ ...paragraphs[0]!, text: 'Nu: middels x middels', findings: [finding('middels', 4), finding('middels', 14)] }]
    const ignored = new Set([occurrenceKey('p1', 'middels', 'middels', 1)])
    expect(reviewItems(moved, { ...none, occurrences: ignored }).map((item) => item.finding.start)).toEqual([4])
  })

  it('count per factor and severity, and filter and group without losing order', () => {
    const items = reviewItems(paragraphs, none)
    const summary = summarize(items)
    expect(summary.total).toBe(4)
    expect(summary.byCategory['klare-taal']).toBe(3)
    expect(summary.byCategory.herkomst).toBe(1)
    expect(summary.bySeverity).toEqual({ avoid: 1, reconsider: 0, hint: 3 })
    expect(visibleItems(items, { ...DEFAULT_FILTERS, minSeverity: 'avoid' }).map((item) => item.finding.text)).toEqual(['allochtonen'])
    expect(groupByFactor(items).map((group) => [group.category, group.items.length])).toEqual([
      ['herkomst', 1],
      ['klare-taal', 3],
    ])
  })

  it('offer only alternatives that can be inserted as they are', () => {
    const template = finding('Teneinde', 0, { suggestions: ['Om ... te'], hints: ['zodat'] })
    expect(alternativesOf(template)).toEqual({ insertable: [], hints: ['Om ... te', 'zodat'] })
    expect(alternativesOf(finding('middels', 0, { suggestions: ['met', 'via'] }))).toEqual({ insertable: ['met', 'via'], hints: [] })
  })
})
