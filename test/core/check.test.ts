import { describe, expect, it } from 'vitest'
import { check } from '../../src/core/index.js'
import { fixtureLexicon, hits } from '../support/fixture-lexicon.js'

const lexicon = fixtureLexicon()

describe('check() on Dutch sentences', () => {
  it('finds a term and its regular inflections', () => {
    expect(hits('De allochtoon, de allochtonen en een allochtoontje.', lexicon)).toEqual([
      ['allochtoon', 'allochtoon'],
      ['allochtonen', 'allochtoon'],
      ['allochtoontje', 'allochtoon'],
    ])
  })

  it('reports exact offsets, line and column into the original text', () => {
    const text = 'Eerste alinea.\n\nTweede regel met\nveel allochtonen erin.'
    const [finding] = check(text, { lexicon })
    expect(finding).toMatchObject({ line: 4, column: 6, text: 'allochtonen' })
    expect(text.slice(finding!.start, finding!.end)).toBe('allochtonen')
  })

  it('gives the message, explanation, sources, category and severity of the entry', () => {
    const [finding] = check('Er wonen allochtonen.', { lexicon })
    expect(finding).toMatchObject({
      ruleId: 'allochtoon',
      category: 'herkomst',
      severity: 'avoid',
      message: "'Allochtoon' is verouderd.",
      explanation: 'Het CBS gebruikt dit woord niet meer.',
      sources: ['CBS'],
    })
  })

  it('uses the plural alternative for a plural and keeps the capital at the start of a sentence', () => {
    expect(check('Allochtonen wonen hier.', { lexicon })[0]!.suggestions).toEqual(['Mensen met een migratieachtergrond'])
    expect(check('Een allochtoon woont hier.', { lexicon })[0]!.suggestions).toEqual(['persoon met een migratieachtergrond'])
    expect(check('WIJ HELPEN ALLOCHTONEN.', { lexicon })[0]!.suggestions).toEqual(['MENSEN MET EEN MIGRATIEACHTERGROND'])
  })

  it('ignores case, diacritics and apostrophe variants', () => {
    expect(hits('Hij noemde hen MONGOLEN en mongooltjes.', lexicon).map(([, id]) => id)).toEqual(['mongool', 'mongool'])
    expect(hits('Er wonen véél allóchtonen.', lexicon)).toEqual([['allóchtonen', 'allochtoon']])
  })

  it('never fires inside a longer unrelated word', () => {
    expect(hits('De groepsapp en de voorgroep.', lexicon)).toEqual([])
    expect(hits('Indienen kan tot maandag.', lexicon)).toEqual([])
  })

  it('prefers the longest match where entries overlap: one finding, not two', () => {
    expect(hits('Wij helpen kwetsbare groepen en een groep.', lexicon)).toEqual([
      ['kwetsbare groepen', 'kwetsbare-groep'],
      ['groep', 'groep-generic'],
    ])
  })

  it('matches a phrase across a line break and extra spaces', () => {
    expect(hits('Wij helpen kwetsbare\n   groepen in de stad.', lexicon)).toEqual([['kwetsbare\n   groepen', 'kwetsbare-groep']])
  })

  it('matches terms that contain punctuation', () => {
    expect(hits('Iedere medewerker levert zijn/haar rooster in. Dit geldt o.a. voor ouderen.', lexicon)).toEqual([
      ['zijn/haar', 'zijn-haar'],
      ['o.a.', 'o-a'],
    ])
  })

  it('skips a word quoted as a mention', () => {
    expect(hits("Het woord 'allochtoon' gebruiken we niet meer.", lexicon)).toEqual([])
    expect(hits('Het woord “allochtoon” gebruiken we niet meer.', lexicon)).toEqual([])
  })

  it('skips a capitalised word in mid-sentence (a name), unless the entry is proper', () => {
    expect(hits('Wij spraken met mevrouw Mongool over de wijk.', lexicon)).toEqual([])
    expect(hits('In het museum staat een tent van de Indianen.', lexicon)).toEqual([['Indianen', 'indiaan']])
  })

  it('treats a capital after a line break or a colon as a sentence start', () => {
    expect(hits('Doelgroep:\nAllochtonen in de wijk.', lexicon)).toEqual([['Allochtonen', 'allochtoon']])
    expect(hits('Doelgroep: Allochtonen in de wijk.', lexicon)).toEqual([['Allochtonen', 'allochtoon']])
  })

  it('matches compounds only where the entry allows, and splices one-word suggestions', () => {
    const [start] = check('Het allochtonenbeleid is herzien.', { lexicon })
    expect(start).toMatchObject({ text: 'allochtonenbeleid', suggestions: [], hints: ['mensen met een migratieachtergrond'] })
    const [end] = check('De topzakenman sprak.', { lexicon })
    expect(end).toMatchObject({ text: 'topzakenman', suggestions: ['topondernemer'] })
    expect(hits('De brandweermannen en de hoofdbrandweerman.', lexicon)).toEqual([['brandweermannen', 'brandweerman']])
  })

  it('follows context rules: unless and only_if', () => {
    expect(hits('Allochtone gesteenten liggen hier.', lexicon)).toEqual([])
    expect(hits('De geologie kent allochtone blokken.', lexicon)).toEqual([])
    expect(hits('Behandel het hout met blanke lak.', lexicon)).toEqual([])
    expect(hits('Een blanke man liep weg.', lexicon)).toEqual([['blanke', 'blank']])
  })

  it('never flags words in a URL or e-mail address', () => {
    expect(hits('Zie www.gemeente.nl/allochtonen of mail allochtonen@gemeente.nl voor meer.', lexicon)).toEqual([])
  })

  it('applies the filters: categories, minimum severity and ignored rules', () => {
    const text = 'Indien allochtonen en kwetsbare groepen dat willen.'
    expect(check(text, { lexicon, categories: ['klare-taal'] }).map((f) => f.ruleId)).toEqual(['indien'])
    expect(check(text, { lexicon, minSeverity: 'reconsider' }).map((f) => f.ruleId)).toEqual(['allochtoon', 'kwetsbare-groep'])
    expect(check(text, { lexicon, ignore: ['allochtoon'] }).map((f) => f.ruleId)).toEqual(['indien', 'kwetsbare-groep'])
  })

  it('gives the same findings when a long text is parsed in chunks', () => {
    const paragraph = 'Wij helpen kwetsbare groepen. Indien allochtonen dat willen, helpen wij ook. '.repeat(400)
    const text = [paragraph, paragraph, paragraph].join('\n')
    const findings = check(text, { lexicon })
    expect(findings).toHaveLength(3 * 400 * 3)
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text)
  })

  it('copes with emoji, zero-width, non-breaking spaces and right-to-left text', () => {
    const text = '😀 Allochtonen 👩🏽‍🦱 wonen\u00a0hier. Kwetsbare\u00a0groepen. ‏مرحبا‏ en allo\u200bchtonen. עברית'
    const findings = check(text, { lexicon })
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text)
    expect(findings.map((f) => f.ruleId)).toContain('allochtoon')
    expect(findings.map((f) => f.ruleId)).toContain('kwetsbare-groep')
  })

  it('returns nothing for empty or blank text', () => {
    expect(check('', { lexicon })).toEqual([])
    expect(check(' \n\n \t', { lexicon })).toEqual([])
  })
})

describe('check() around names, lists and brackets', () => {
  it('flags a word in brackets (used, not mentioned)', () => {
    expect(hits('Wij zoeken bewoners (allochtonen en anderen) voor het panel.', lexicon)).toEqual([['allochtonen', 'allochtoon']])
    expect(hits('Het gaat om nieuwe bewoners (allochtonen).', lexicon)).toEqual([['allochtonen', 'allochtoon']])
  })

  it('treats the word after a list number as the start of a sentence', () => {
    expect(hits('Aandachtspunten:\n2. Allochtonen bereiken we slecht.', lexicon)).toEqual([['Allochtonen', 'allochtoon']])
  })

  it('does not take an acronym with an ending for a name', () => {
    expect(hits('Wij spreken met ALLOCHTONEN en Allochtonen.', lexicon)).toEqual([['ALLOCHTONEN', 'allochtoon']])
  })
})

describe('suggestions that fit the sentence', () => {
  it('never offers a noun phrase for an adjective form; a one-word alternative gets its -e', () => {
    const [allochtone] = check('De allochtone bewoners kwamen ook.', { lexicon })
    expect(allochtone).toMatchObject({ text: 'allochtone', suggestions: [], hints: ['persoon met een migratieachtergrond'] })
    const [blanke] = check('Een blanke man liep weg.', { lexicon })
    expect(blanke!.suggestions).toEqual(['witte'])
  })

  it("offers an irregular form's alternative as a hint unless the lexicon spells out its plural", () => {
    const [men] = check('De brandweermannen kwamen snel.', { lexicon })
    expect(men).toMatchObject({ text: 'brandweermannen', suggestions: [], hints: ['brandweermedewerker'] })
    const [mongolen] = check('Zij noemden hen mongolen.', { lexicon })
    expect(mongolen!.suggestions).toEqual(['mensen met downsyndroom'])
  })
})

describe('context rules over the paragraph and with AND', () => {
  it('looks for words anywhere in the paragraph with a paragraph condition', () => {
    expect(hits('Vacature beleidsmedewerker. Wij zoeken een jonge collega.', lexicon)).toEqual([['jonge collega', 'jonge-collega']])
    expect(hits('Wij zoeken een jonge collega.\n\nVacature beleidsmedewerker.', lexicon)).toEqual([])
  })

  it('needs every part of a condition with several parts', () => {
    expect(hits('Vacature. Bij het afscheid van onze jonge collega spraken we over de vacature.', lexicon)).toEqual([])
    expect(hits('Vacature. Bij het afscheid van een jonge collega spraken we over de vacature.', lexicon)).toEqual([
      ['jonge collega', 'jonge-collega'],
    ])
  })
})
