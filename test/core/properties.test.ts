import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check, SENTENCE_RULES, type Finding } from '../../src/core/index.js'
import { builtInLexicon } from '../support/lexicon.js'

const lexicon = builtInLexicon()

// Words that do fire, spliced between random Unicode so that matches, context
// rules and odd characters meet in the same sentences.
const TRIGGERS = ['allochtonen', 'Indien', 'kwetsbare groepen', 'i.v.m.', 'gehandicapten', 'zijn/haar', 'blanke', "homo's", 'o.a.']
const ODD = ['\u00a0', '\u200b', '\u200d', '\u00ad', '\u202e', '\u0301', '😀', '👩🏽‍🦱', 'مرحبا', 'עברית', '\r\n', '\n\n', '\t', '"', '’', '(', ')', '.', ' ']

const textArbitrary = fc
  .array(fc.oneof(fc.constantFrom(...TRIGGERS), fc.constantFrom(...ODD), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(' '))

function invariants(text: string, findings: readonly Finding[]): void {
  let previousEnd = 0
  let previousSentenceEnd = 0
  for (const finding of findings) {
    // A long-sentence finding spans its sentence, over the word findings inside it.
    if (SENTENCE_RULES.has(finding.ruleId)) {
      expect(finding.start).toBeGreaterThanOrEqual(previousSentenceEnd)
      expect(finding.end).toBeLessThanOrEqual(text.length)
      expect(text.slice(finding.start, finding.end)).toBe(finding.text)
      previousSentenceEnd = finding.end
      continue
    }
    expect(finding.start).toBeGreaterThanOrEqual(previousEnd)
    expect(finding.end).toBeGreaterThan(finding.start)
    expect(finding.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(finding.start, finding.end)).toBe(finding.text)
    previousEnd = finding.end
  }
}

describe('check() invariants for any text', () => {
  it('never throws; findings lie inside the text, match it, are sorted and do not overlap; a second run agrees', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const findings = check(text, { lexicon })
        invariants(text, findings)
        expect(check(text, { lexicon })).toEqual(findings)
      }),
      { numRuns: 300 },
    )
  })

  it('applying a suggestion leaves the rest of the text alone and removes that finding', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        for (const finding of check(text, { lexicon }).filter((f) => f.suggestions.length > 0).slice(0, 3)) {
          const replacement = finding.suggestions[0]!
          const changed = text.slice(0, finding.start) + replacement + text.slice(finding.end)
          expect(changed.slice(0, finding.start)).toBe(text.slice(0, finding.start))
          expect(changed.slice(finding.start + replacement.length)).toBe(text.slice(finding.end))
          const again = check(changed, { lexicon }).filter(
            (f) => f.ruleId === finding.ruleId && f.start < finding.start + replacement.length && f.end > finding.start,
          )
          expect(again).toEqual([])
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('check() on a large random text', () => {
  it('keeps the invariants on about 1 MB of mixed Unicode', () => {
    const parts = fc.sample(textArbitrary, { numRuns: 4000, seed: 42 })
    let text = parts.join('\n')
    while (text.length < 1_000_000) text += '\n' + text.slice(0, 1_000_000 - text.length)
    const findings = check(text, { lexicon })
    expect(findings.length).toBeGreaterThan(100)
    invariants(text, findings)
  }, 60_000)
})
