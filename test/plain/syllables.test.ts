import { describe, expect, it } from 'vitest'
import { countSyllables } from '../../src/core/index.js'

describe('countSyllables', () => {
  it('counts Dutch vowel groups and diphthongs', () => {
    const expected: Record<string, number> = {
      huis: 1, tijd: 1, nieuw: 1, eeuw: 1, groei: 1, zee: 1, koe: 1, gemeente: 3, systeem: 2, reageren: 4,
      bijstandsuitkering: 5, omgevingsvergunning: 6, verantwoordelijkheid: 6, arbeidsongeschiktheidsverzekering: 10,
    }
    for (const [word, count] of Object.entries(expected)) expect([word, countSyllables(word)]).toEqual([word, count])
  })

  it('is right at the word edges where hyphenation patterns undercount', () => {
    expect(countSyllables('idee')).toBe(2)
    expect(countSyllables('auto')).toBe(2)
    expect(countSyllables('mooie')).toBe(2)
    expect(countSyllables('materiaal')).toBe(4)
    expect(countSyllables('individueel')).toBe(5)
  })

  it('breaks at a trema', () => {
    expect(countSyllables('België')).toBe(3)
    expect(countSyllables('geïnteresseerd')).toBe(5)
    expect(countSyllables('beëindigen')).toBe(4)
    expect(countSyllables('zeeën')).toBe(2)
  })

  it('counts at least one syllable for a word and none for a number', () => {
    expect(countSyllables('BSN')).toBe(1)
    expect(countSyllables('2026')).toBe(0)
  })
})
