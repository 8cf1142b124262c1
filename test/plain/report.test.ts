import { describe, expect, it } from 'vitest'
import { brouwer, fleschDouma, report } from '../../src/core/index.js'

describe('the readability formulas', () => {
  it('compute Flesch-Douma and the Brouwer index from words, sentences and syllables', () => {
    // 10 words per sentence, 1.5 syllables per word.
    expect(fleschDouma(100, 10, 150)).toBeCloseTo(206.835 - 9.3 - 115.5, 6)
    expect(brouwer(100, 10, 150)).toBeCloseTo(195 - 20 - 100.05, 6)
    expect(fleschDouma(0, 0, 0)).toBe(0)
  })
})

describe('report()', () => {
  it('counts words, sentences and syllables of a short text by hand, without numbers', () => {
    // Wij(1) hel-pen(2) u(1) graag(1). Bel(1) ons(1) op(1) 14 020: 7 words, 8 syllables, 2 sentences.
    const result = report('Wij helpen u graag. Bel ons op 14 020.')
    expect(result).toMatchObject({ words: 7, sentences: 2, syllables: 8, averageSentenceLength: 3.5 })
    expect(result.fleschDouma.score).toBeCloseTo(206.835 - 0.93 * 3.5 - 77 * (8 / 7), 6)
    expect(result.brouwer.score).toBeCloseTo(195 - 2 * 3.5 - 66.7 * (8 / 7), 6)
    expect(result.fleschDouma.band).toBe('zeer makkelijk')
    expect(result.brouwer.band).toBe('zeer makkelijk')
    expect(result.level.reliable).toBe(false)
  })

  it('counts long sentences, passive sentences and long words, and lists every sentence with its offsets', () => {
    const long = Array.from({ length: 21 }, () => 'woord').join(' ') + '.'
    const text = `Uw aanvraag wordt behandeld. De arbeidsongeschiktheidsverzekering is duur.\n\n${long}`
    const result = report(text)
    // 4 + 4 + 21 words; syllables 7 + 13 + 21.
    expect(result).toMatchObject({
      words: 29,
      sentences: 3,
      syllables: 41,
      longSentences: { count: 1, share: 1 / 3 },
      passiveSentences: { count: 1, share: 1 / 3 },
      longWords: { count: 1, share: 1 / 29 },
      thresholds: { longSentence: 20, longWordSyllables: 7 },
    })
    expect(result.sentenceList).toEqual([
      { start: 0, end: 28, line: 1, column: 1, words: 4, long: false, passive: true },
      { start: 29, end: 74, line: 1, column: 30, words: 4, long: false, passive: false },
      { start: 76, end: 76 + long.length, line: 3, column: 1, words: 21, long: true, passive: false },
    ])
    expect(text.slice(29, 74)).toBe('De arbeidsongeschiktheidsverzekering is duur.')
  })

  it('counts the sentences parse-dutch glues together as separate sentences', () => {
    expect(report('Dat weet ik al. Morgen komt hij.').sentences).toBe(2)
  })

  it('takes its thresholds from the options', () => {
    // sturen, binnen, weken, over, aanvraag: two syllables each.
    const result = report('Wij sturen u binnen twee weken een brief over uw aanvraag.', { longSentence: 5, longWordSyllables: 2 })
    expect(result.longSentences.count).toBe(1)
    expect(result.longWords.count).toBe(5)
  })

  it('returns zeros for an empty text', () => {
    expect(report('')).toMatchObject({ words: 0, sentences: 0, averageSentenceLength: 0, sentenceList: [] })
  })
})
