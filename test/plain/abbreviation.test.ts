import { describe, expect, it } from 'vitest'
import { retextAbbreviation } from '../../src/core/index.js'
import { marked, run } from './support.js'

describe('retextAbbreviation', () => {
  it('marks an abbreviation in capitals the first time, when it is not explained', () => {
    expect(run(retextAbbreviation, 'U krijgt hulp via de WMO. De WMO betaalt dit.')).toEqual([['WMO', 'afkorting-zonder-uitleg']])
    expect(marked(retextAbbreviation, 'Neem uw BSN mee. Het UWV belt u.')).toEqual(['BSN', 'UWV'])
  })

  it('accepts an explanation in brackets, before or after, or spelled out just before', () => {
    expect(marked(retextAbbreviation, 'U krijgt hulp via de Wet maatschappelijke ondersteuning (WMO). De WMO betaalt.')).toEqual([])
    expect(marked(retextAbbreviation, 'Neem uw BSN (burgerservicenummer) mee.')).toEqual([])
    expect(marked(retextAbbreviation, 'Het Centrum voor Jeugd en Gezin CJG helpt.')).toEqual([])
  })

  it('reports only the first use, also when it is explained later', () => {
    expect(marked(retextAbbreviation, 'Bel het UWV. Het UWV (Uitvoeringsinstituut Werknemersverzekeringen) helpt.')).toEqual(['UWV'])
  })

  it('leaves known abbreviations, emphasis, headings and roman numerals alone', () => {
    for (const text of [
      'De EU en de btw zijn bekend. Zet de TV aan.',
      'Dit is NIET gratis.',
      'LET OP: de balie is dicht.',
      'GEMEENTE UTRECHT',
      'Zie hoofdstuk II en bijlage IV.',
      'Log in met DigiD.',
      'Mail naar info@GGZ.nl voor meer.',
    ]) {
      expect([text, marked(retextAbbreviation, text)]).toEqual([text, []])
    }
  })
})
