import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusFiles, readCorpusFile, scoreText, type CorpusResult } from './support/corpus.js'
import { builtInLexicon } from './support/lexicon.js'

const CORPUS = join(import.meta.dirname, 'corpus')

interface Score {
  truePositives: number
  expected: number
  found: number
}

function addTo(scores: Map<string, Score>, key: string, delta: Partial<Score>): void {
  const score = scores.get(key) ?? { truePositives: 0, expected: 0, found: 0 }
  score.truePositives += delta.truePositives ?? 0
  score.expected += delta.expected ?? 0
  score.found += delta.found ?? 0
  scores.set(key, score)
}

describe('the lexicon on the annotated corpus', () => {
  const lexicon = builtInLexicon()
  const results: CorpusResult[] = corpusFiles(CORPUS).map((file) => scoreText(file, readCorpusFile(file), lexicon))
  const categoryOf = new Map(lexicon.entries.map((entry) => [entry.id, entry.category]))

  it('scores precision ≥ 0.95 and recall ≥ 0.90, per category printed', () => {
    const scores = new Map<string, Score>()
    for (const result of results) {
      for (const expected of result.expected) addTo(scores, categoryOf.get(expected.ruleId) ?? '?', { expected: 1 })
      for (const finding of result.findings) {
        const correct = !result.falseAlarms.includes(finding)
        addTo(scores, finding.category, { found: 1, truePositives: correct ? 1 : 0 })
      }
    }
    const total = [...scores.values()].reduce(
      (sum, score) => ({ truePositives: sum.truePositives + score.truePositives, expected: sum.expected + score.expected, found: sum.found + score.found }),
      { truePositives: 0, expected: 0, found: 0 },
    )
    const ratio = (part: number, whole: number): string => (whole === 0 ? '  -  ' : (part / whole).toFixed(3))
    const lines = [...scores]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([category, s]) => `${category.padEnd(22)} precision ${ratio(s.truePositives, s.found)}  recall ${ratio(s.truePositives, s.expected)}  (${s.expected} expected, ${s.found} found)`)
    lines.push(`${'totaal'.padEnd(22)} precision ${ratio(total.truePositives, total.found)}  recall ${ratio(total.truePositives, total.expected)}  (${results.length} texts)`)
    console.log(lines.join('\n'))
    for (const result of results) {
      for (const missed of result.missed) console.log(`${result.file}: missed '${missed.text}' (${missed.ruleId})`)
      for (const alarm of result.falseAlarms) console.log(`${result.file}:${alarm.line}:${alarm.column}: false alarm '${alarm.text}' (${alarm.ruleId})`)
    }
    expect(results.length).toBeGreaterThan(0)
    expect(total.truePositives / Math.max(total.found, 1)).toBeGreaterThanOrEqual(0.95)
    expect(total.truePositives / Math.max(total.expected, 1)).toBeGreaterThanOrEqual(0.9)
  })

  it('has at least 40 annotated texts and 20 texts that must stay clean', () => {
    expect(results.filter((result) => result.expected.length > 0).length).toBeGreaterThanOrEqual(40)
    expect(results.filter((result) => result.expected.length === 0).length).toBeGreaterThanOrEqual(20)
  })

  it('finds nothing in the texts that must stay clean', () => {
    const clean = results.filter((result) => result.expected.length === 0)
    expect(clean.flatMap((result) => result.findings.map((f) => `${result.file}: '${f.text}' (${f.ruleId})`))).toEqual([])
  })
})
