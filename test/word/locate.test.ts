import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findAll } from '../../src/word/fake/index.js'
import { escapeSearchText, occurrences, planLocate, type SearchStep } from '../../src/word/locate.js'

/** Where Word's search (as the fake models it) puts the planned hit. */
function hit(text: string, step: SearchStep): { start: number; end: number } | undefined {
  return findAll(text, step.search, { matchCase: true })[step.occurrence]
}

describe('escapeSearchText', () => {
  it('escapes Word notations and refuses unsearchable characters', () => {
    expect(escapeSearchText('a^b')).toBe('a^^b')
    expect(escapeSearchText('10\u00a0km')).toBe('10^skm')
    expect(escapeSearchText('be\u00adleid')).toBe('be^-leid')
    expect(escapeSearchText('a\tb\u000bc')).toBe('a^tb^lc')
    expect(escapeSearchText('noot\u0002')).toBeUndefined()
    expect(escapeSearchText('a\rb')).toBeUndefined()
    expect(escapeSearchText('noot\ufffd')).toBeUndefined()
  })
})

describe('occurrences', () => {
  it('counts non-overlapping hits left to right, as Word does', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([0, 2])
    expect(occurrences('hij Hij hij', 'hij')).toEqual([0, 8])
  })
})

describe('planLocate', () => {
  it('reports targets that search cannot reach', () => {
    expect(planLocate('aaa', 1, 3)).toEqual({ kind: 'impossible', reason: 'ambiguous' })
    expect(planLocate('x\u0002y', 0, 3)).toEqual({ kind: 'impossible', reason: 'unsearchable' })
  })

  it('keeps every search string under the limit', () => {
    const text = '^'.repeat(150) + ' midden ' + '^'.repeat(150)
    const plan = planLocate(text, 0, text.length)
    expect(plan.kind).toBe('span')
    if (plan.kind === 'span') {
      expect(plan.prefix.search.length).toBeLessThanOrEqual(80)
      expect(plan.suffix.search.length).toBeLessThanOrEqual(80)
    }
  })

  it('property: a plan always lands exactly on the target', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '^', '\u00a0', '\t', 'é', '😀')
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 700 }).map((a) => a.join('')),
        fc.nat(),
        fc.nat(600),
        (text, s, len) => {
          const start = s % text.length
          const end = Math.min(text.length, start + 1 + len)
          const plan = planLocate(text, start, end)
          if (plan.kind === 'impossible') return
          if (plan.kind === 'whole') {
            expect(plan.step.search.length).toBeLessThanOrEqual(255)
            expect(hit(text, plan.step)).toEqual({ start, end })
          } else {
            const head = hit(text, plan.prefix)
            const tail = hit(text, plan.suffix)
            expect(head?.start).toBe(start)
            expect(tail?.end).toBe(end)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
