import { describe, expect, it } from 'vitest'
import { check, compileLexicon, loadLexicon } from '../../src/core/index.js'

// A lexicon entry on words a structural check also marks, as klare-taal.yml has one.
const LEXICON = `
- id: in-behandeling
  category: klare-taal
  severity: hint
  message: "'In behandeling nemen' is formeel; schrijf 'behandelen'."
  explanation: Een gewoon werkwoord leest makkelijker.
  alternatives: [behandelen]
  sources: [RVO Schrijfwijzer]
  terms: [in behandeling]
  inflect: false
  examples:
    flag: ["Wij nemen uw aanvraag [in behandeling]."]

- id: brandweerman
  category: gender
  severity: reconsider
  message: "'Brandweerman' noemt alleen mannen."
  explanation: Er werken ook vrouwen bij de brandweer.
  alternatives: [brandweermedewerker]
  sources: [Eigen redactie]
  terms: [brandweerman]
  inflect: false
  examples:
    flag: ["De [brandweerman] komt."]
`

describe('structural findings next to lexicon findings', () => {
  const lexicon = compileLexicon(loadLexicon([{ path: 'overlap.yml', text: LEXICON }]))

  it('gives one finding, the lexicon one, where both mark the same words', () => {
    const findings = check('Wij nemen uw aanvraag in behandeling.', { lexicon })
    expect(findings.map((finding) => [finding.text, finding.ruleId])).toEqual([['in behandeling', 'in-behandeling']])
    expect(check('Wij nemen uw aanvraag in behandeling.', { lexicon, ignore: ['in-behandeling'] }).map((f) => f.ruleId)).toEqual(['naamwoordstijl'])
  })

  it('keeps structural findings that do not overlap, and a long sentence around a lexicon finding', () => {
    const text =
      'Wij laten u weten dat wij uw aanvraag voor een vergunning voor het plaatsen van een dakkapel op uw woning vandaag in behandeling hebben genomen.'
    expect(check(text, { lexicon }).map((finding) => finding.ruleId)).toEqual(['lange-zin', 'in-behandeling'])
    const passive = 'Uw aanvraag wordt door ons binnen acht weken behandeld.'
    expect(check(passive, { lexicon }).map((finding) => [finding.text, finding.ruleId])).toEqual([['wordt door ons binnen acht weken behandeld', 'passief']])
  })

  it('never marks a word the lexicon advises as a long word', () => {
    const plain = { longWordSyllables: 6 }
    expect(check('De brandweermedewerkers komen snel.', { lexicon, plain }).map((f) => f.ruleId)).toEqual([])
    const other = compileLexicon(loadLexicon([{ path: 'leeg.yml', text: LEXICON.split('- id: brandweerman')[0]! }]))
    expect(check('De brandweermedewerkers komen snel.', { lexicon: other, plain }).map((f) => f.ruleId)).toEqual(['lang-woord'])
  })
})
