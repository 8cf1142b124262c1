import { describe, expect, it } from 'vitest'
import { check, retextAddress } from '../../src/core/index.js'
import { fixtureLexicon } from '../support/fixture-lexicon.js'
import { run } from './support.js'

describe('retextAddress', () => {
  it('marks the first switch between u and je once, on the other form', () => {
    const text = 'Wij sturen u een brief. Daarin staat uw afspraak. Als je vragen hebt, bel ons. Jij kunt ook mailen.'
    expect(run(retextAddress, text)).toEqual([['je', 'u-en-je']])
  })

  it('also marks a switch from je to u', () => {
    expect(run(retextAddress, 'Heb je vragen? Dan kunt u ons bellen.')).toEqual([['u', 'u-en-je']])
  })

  it('does not fire when one form is used, or for "jullie", or in a quotation', () => {
    expect(run(retextAddress, 'Heeft u vragen? Bel ons, wij helpen u.')).toEqual([])
    expect(run(retextAddress, 'Heb je vragen? Bel ons, wij helpen jou.')).toEqual([])
    expect(run(retextAddress, 'Heeft u vragen? Wij helpen jullie allemaal.')).toEqual([])
    expect(run(retextAddress, 'Heeft u vragen? Een bewoner zei: "Heb je even?"')).toEqual([])
  })

  it('remembers the form across paragraphs (chunks) of one document', () => {
    const text = 'Beste bewoner,\n\nU krijgt deze brief omdat u in de wijk woont.\n\n' + 'Veel tekst. '.repeat(900) + '\n\nHeb je vragen?'
    const findings = check(text, { lexicon: fixtureLexicon() }).filter((finding) => finding.ruleId === 'u-en-je')
    expect(findings.map((finding) => finding.text)).toEqual(['je'])
    expect(findings[0]!.message).toBe("Eerst 'U', hier 'je': kies 'u' of 'je' voor de hele tekst.")
  })
})
