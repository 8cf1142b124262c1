import { describe, expect, it } from 'vitest'
import { CATEGORY_IDS, check, lexiconStats, lintLexicon, loadLexicon, formatProblem } from '../src/core/index.js'
import { builtInLexicon, builtInSources } from './support/lexicon.js'

describe('the built-in lexicon', () => {
  it('loads, and every entry passes its own examples (must flag, must not flag)', () => {
    const result = lintLexicon(builtInSources())
    expect(result.problems.map(formatProblem)).toEqual([])
    expect(result.entries).toBeGreaterThan(0)
  }, 120_000)

  it('offers only alternatives that are not flagged themselves', () => {
    const lexicon = builtInLexicon()
    const flagged: string[] = []
    for (const { entry } of loadLexicon(builtInSources())) {
      for (const alternative of entry.alternatives) {
        const texts = typeof alternative === 'string' ? [alternative] : [alternative.text, alternative.plural ?? '']
        for (const text of texts.filter(Boolean)) {
          for (const finding of check(text, { lexicon, plain: false })) flagged.push(`${entry.id}: '${text}' → ${finding.ruleId} ('${finding.text}')`)
        }
      }
    }
    expect(flagged).toEqual([])
  }, 120_000)

  it('covers all fourteen categories with at least 60 entries in all', () => {
    const loaded = loadLexicon(builtInSources())
    const stats = lexiconStats(loaded, builtInLexicon())
    expect(loaded.length).toBeGreaterThanOrEqual(60)
    for (const category of CATEGORY_IDS) {
      expect(stats.find((row) => row.category === category)?.entries, category).toBeGreaterThan(0)
    }
  })

  it('meets the coverage bars: 450 inclusive entries, none of the twelve factors under 10, 40 for the big three, 500 klare taal', () => {
    const stats = lexiconStats(loadLexicon(builtInSources()), builtInLexicon())
    const count = (category: string): number => stats.find((row) => row.category === category)!.entries
    const inclusive = stats.filter((row) => row.category !== 'klare-taal').reduce((sum, row) => sum + row.entries, 0)
    expect(inclusive).toBeGreaterThanOrEqual(450)
    for (const row of stats) expect(row.entries, row.category).toBeGreaterThanOrEqual(10)
    for (const category of ['herkomst', 'gezondheid', 'gender']) expect(count(category), category).toBeGreaterThanOrEqual(40)
    expect(count('klare-taal')).toBeGreaterThanOrEqual(500)
  })

  it('gives every entry an explanation, a source and alternatives or a reason for none', () => {
    for (const { entry } of loadLexicon(builtInSources())) {
      expect(entry.explanation.length, entry.id).toBeGreaterThan(10)
      expect(entry.sources.length, entry.id).toBeGreaterThan(0)
      expect(entry.alternatives.length > 0 || Boolean(entry.no_alternatives), entry.id).toBe(true)
    }
  })
})
