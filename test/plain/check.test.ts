import { describe, expect, it } from 'vitest'
import { check, PLAIN_RULE_IDS, type Finding } from '../../src/core/index.js'
import { fixtureLexicon } from '../support/fixture-lexicon.js'

const lexicon = fixtureLexicon()
const plainIds: ReadonlySet<string> = new Set(PLAIN_RULE_IDS)
const structural = (findings: readonly Finding[]): [string, string][] =>
  findings.filter((finding) => plainIds.has(finding.ruleId)).map((finding) => [finding.text, finding.ruleId])

const LONG =
  'Wij willen u er graag op wijzen dat de aanvraag voor de vergunning die u bij ons heeft ingediend nog niet compleet is en dat wij daarom nog wat extra gegevens van u nodig hebben.'

describe('check() with the structural klare-taal checks', () => {
  it('runs them by default, as findings in category klare-taal with a Dutch message, explanation, hint and sources', () => {
    const [finding] = check('Uw aanvraag wordt behandeld.', { lexicon })
    expect(finding).toMatchObject({
      text: 'wordt behandeld',
      ruleId: 'passief',
      category: 'klare-taal',
      severity: 'hint',
      message: "Lijdende vorm ('wordt behandeld'): zeg wie het doet.",
      suggestions: [],
      start: 12,
      end: 27,
      line: 1,
      column: 13,
    })
    expect(finding!.explanation).toMatch(/wie iets doet/)
    expect(finding!.hints[0]).toMatch(/Noem wie het doet/)
    expect(finding!.sources).toContain('Rijksoverheid (Direct Duidelijk)')
  })

  it('marks a long sentence over the words inside it, with the stronger severity above 30 words', () => {
    const findings = check(LONG, { lexicon })
    expect(structural(findings)).toEqual([[LONG, 'zeer-lange-zin']])
    expect(findings[0]).toMatchObject({ severity: 'reconsider', message: 'Zeer lange zin (35 woorden): maak er twee of drie zinnen van.' })
  })

  it('is off with plain: false, and when the klare-taal category is not selected', () => {
    expect(check('Uw aanvraag wordt behandeld.', { lexicon, plain: false })).toEqual([])
    expect(check('Uw aanvraag wordt behandeld.', { lexicon, categories: ['herkomst'] })).toEqual([])
    expect(structural(check('Uw aanvraag wordt behandeld.', { lexicon, categories: ['klare-taal'] }))).toEqual([['wordt behandeld', 'passief']])
  })

  it('takes thresholds from plain options', () => {
    expect(structural(check(LONG, { lexicon, plain: { longSentence: 40, veryLongSentence: 50 } }))).toEqual([])
    expect(structural(check('U vraagt een omgevingsvergunning aan.', { lexicon, plain: { longWordSyllables: 6 } }))).toEqual([
      ['omgevingsvergunning', 'lang-woord'],
    ])
  })

  it('applies ignore and minSeverity to the structural rules', () => {
    expect(check('Uw aanvraag wordt behandeld.', { lexicon, ignore: ['passief'] })).toEqual([])
    expect(check('Uw aanvraag wordt behandeld.', { lexicon, minSeverity: 'reconsider' })).toEqual([])
    expect(structural(check(LONG, { lexicon, minSeverity: 'reconsider' }))).toEqual([[LONG, 'zeer-lange-zin']])
    expect(check(LONG, { lexicon, plain: { ignore: ['zeer-lange-zin'] } })).toEqual([])
  })

  it('keeps a lexicon finding and a structural finding side by side where they do not overlap', () => {
    // The fixture lexicon flags "indien"; test/plain/overlap.test.ts shows the overlap with the built-in lexicon.
    const text = 'Indien u het formulier stuurt, wordt het verwerkt.'
    expect(check(text, { lexicon }).map((finding) => [finding.text, finding.ruleId])).toEqual([
      ['Indien', 'indien'],
      ['wordt het verwerkt', 'passief'],
    ])
  })

  it('keeps one finding where two structural checks mark the same words', () => {
    const findings = structural(check('Binnen acht weken zal een besluit worden genomen.', { lexicon }))
    expect(findings).toEqual([['een besluit worden genomen', 'naamwoordstijl']])
  })
})
