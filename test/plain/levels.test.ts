import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { report, type ReadabilityReport } from '../../src/core/index.js'

// Letter pairs with the same message: a plain B1 letter and an official letter, written for this suite.
const LEVELS = join(import.meta.dirname, 'levels')

function reports(): Map<string, ReadabilityReport> {
  const result = new Map<string, ReadabilityReport>()
  for (const name of readdirSync(LEVELS).filter((file) => file.endsWith('.txt')).sort()) {
    result.set(name, report(readFileSync(join(LEVELS, name), 'utf8')))
  }
  return result
}

describe('the level estimate on texts of known level', () => {
  const all = reports()
  const pairs = [...all.keys()].filter((name) => name.endsWith('-b1.txt')).map((name) => name.replace('-b1.txt', ''))

  it('has at least four pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(4)
    for (const pair of pairs) expect(all.has(`${pair}-officieel.txt`)).toBe(true)
  })

  it('puts every plain letter at B1 and every official letter above it, with a clear gap', () => {
    for (const pair of pairs) {
      const plain = all.get(`${pair}-b1.txt`)!
      const official = all.get(`${pair}-officieel.txt`)!
      expect([pair, plain.level.level, plain.level.reliable]).toEqual([pair, 'B1', true])
      expect([pair, official.level.level]).toEqual([pair, 'C1'])
      expect(plain.level.score - official.level.score).toBeGreaterThan(30)
      // Every feature points the same way.
      expect(plain.fleschDouma.score).toBeGreaterThan(official.fleschDouma.score)
      expect(plain.brouwer.score).toBeGreaterThan(official.brouwer.score)
      expect(plain.averageSentenceLength).toBeLessThan(official.averageSentenceLength)
      expect(plain.passiveSentences.share).toBeLessThan(official.passiveSentences.share)
    }
  })

  it('puts a B2 rewrite between the two', () => {
    const b2 = all.get('01-bijstand-b2.txt')!
    expect(b2.level.level).toBe('B2')
    expect(b2.level.score).toBeLessThan(all.get('01-bijstand-b1.txt')!.level.score)
    expect(b2.level.score).toBeGreaterThan(all.get('01-bijstand-officieel.txt')!.level.score)
  })

  it('labels the level as an indication', () => {
    expect(all.get('01-bijstand-b1.txt')!.level.label).toBe('B1 (indicatie)')
  })
})
