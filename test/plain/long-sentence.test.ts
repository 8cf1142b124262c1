import { describe, expect, it } from 'vitest'
import { retextLongSentence } from '../../src/core/index.js'
import { run } from './support.js'

const words = (count: number): string => Array.from({ length: count }, (_, index) => (index === 0 ? 'Woord' : 'woord')).join(' ') + '.'

describe('retextLongSentence', () => {
  it('gives a hint above 20 words and reconsider above 30, spanning the sentence', () => {
    expect(run(retextLongSentence, words(20))).toEqual([])
    expect(run(retextLongSentence, words(21))).toEqual([[words(21), 'lange-zin']])
    expect(run(retextLongSentence, words(30))).toEqual([[words(30), 'lange-zin']])
    expect(run(retextLongSentence, words(31))).toEqual([[words(31), 'zeer-lange-zin']])
  })

  it('does not count numbers on their own as words', () => {
    const text = 'Op 1 januari 2026 betaalt u 12 euro en 50 cent voor de vergunning van de gemeente voor het parkeren in de wijk.'
    // 24 tokens, of which 4 are numbers: 20 words.
    expect(run(retextLongSentence, text)).toEqual([])
  })

  it('takes its thresholds from the options', () => {
    expect(run(retextLongSentence, words(16), { longSentence: 15, veryLongSentence: 25 })).toEqual([[words(16), 'lange-zin']])
    expect(run(retextLongSentence, words(26), { longSentence: 15, veryLongSentence: 25 })).toEqual([[words(26), 'zeer-lange-zin']])
  })

  it('counts sentences that parse-dutch glued together as two', () => {
    const text = 'Wij weten dat u al lang wacht op een antwoord van ons en dat weet ik al. Morgen krijgt u van ons een brief met het besluit over uw aanvraag.'
    expect(run(retextLongSentence, text)).toEqual([])
  })

  it('counts a list item on its own line as its own sentence', () => {
    const text = 'Neem mee:\n- uw paspoort of identiteitskaart\n- een recente pasfoto\n- het ingevulde formulier\n- uw bankpas om te betalen\n- een bewijs van uw adres'
    expect(run(retextLongSentence, text)).toEqual([])
  })
})
