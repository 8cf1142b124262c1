import { describe, expect, it } from 'vitest'
import { retextDoubleNegative } from '../../src/core/index.js'
import { marked, run } from './support.js'

describe('retextDoubleNegative', () => {
  it('marks a negation before a negative on- word', () => {
    expect(run(retextDoubleNegative, 'Het is niet onmogelijk dat u geld terugkrijgt.')).toEqual([['niet onmogelijk', 'dubbele-ontkenning']])
    expect(marked(retextDoubleNegative, 'Dit is niet ongebruikelijk.')).toEqual(['niet ongebruikelijk'])
    expect(marked(retextDoubleNegative, 'Het speelt geen onbelangrijke rol.')).toEqual(['geen onbelangrijke'])
    expect(marked(retextDoubleNegative, 'Dat is niet zo onredelijk.')).toEqual(['niet zo onredelijk'])
  })

  it('does not fire on on- words that are not negations, or without a negator', () => {
    for (const text of [
      'Dit is niet onder de grens.',
      'Wij zijn niet ondernemend.',
      'Er is geen onderzoek gedaan.',
      'Wij ontvangen niet onze post.',
      'Het is onmogelijk.',
      'Niet iedereen vindt het onduidelijk.',
    ]) {
      expect([text, marked(retextDoubleNegative, text)]).toEqual([text, []])
    }
  })

  it('skips quoted sentences', () => {
    expect(marked(retextDoubleNegative, 'Zij zei: "Het is niet onmogelijk."')).toEqual([])
  })
})
