import { describe, expect, it } from 'vitest'
import { ENTRY } from '../support/lexicon-entry.js'
import { compileLexicon, formatProblem, LexiconError, loadLexicon, mergeLexicons, type LexiconSource } from '../../src/core/index.js'


/** Problems of loading (and compiling) `text` as `file`, formatted as the CLI prints them. */
function problems(text: string, file = 'lexicon/gender.yml', extra: LexiconSource[] = []): string[] {
  try {
    compileLexicon(loadLexicon([{ path: file, text }, ...extra]))
    return []
  } catch (error) {
    if (error instanceof LexiconError) return error.problems.map(formatProblem)
    throw error
  }
}

describe('loading a lexicon', () => {
  it('loads a valid entry with defaults filled in', () => {
    const [loaded] = loadLexicon([{ path: 'lexicon/gender.yml', text: ENTRY }])
    expect(loaded!.entry).toMatchObject({ id: 'lerares', inflect: true, proper: false, override: false })
    expect(loaded!.location).toEqual({ file: 'lexicon/gender.yml', line: 1, column: 3 })
    expect(loaded!.exampleLocations.flag[0]).toMatchObject({ line: 10 })
  })

  it('names file, line, column and the field a maintainer meant', () => {
    const text = ENTRY.replace('  alternatives: [leraar, leerkracht]', '  alternatieven: [leraar, leerkracht]')
    expect(problems(text)).toEqual([
      "lexicon/gender.yml:6:3: 'alternatieven' is geen bekend veld; bedoel je 'alternatives'?",
    ])
  })

  it('explains a missing field and an unknown value in plain words', () => {
    expect(problems(ENTRY.replace('  sources: [RVO Schrijfwijzer]\n', ''))).toEqual([
      "lexicon/gender.yml:1:3: het veld 'sources' ontbreekt",
    ])
    const [message] = problems(ENTRY.replace('severity: reconsider', 'severity: ernstig'))
    expect(message).toBe("lexicon/gender.yml:3:13: 'severity' heeft de onbekende waarde 'ernstig'; kies uit: avoid, reconsider, hint")
  })

  it('suggests fields inside nested groups too', () => {
    const text = ENTRY.replace('    flag: ["De [lerares] belt u."]', '    flag: ["De [lerares] belt u."]\n    goed: ["Hallo."]')
    expect(problems(text)).toEqual(["lexicon/gender.yml:11:5: 'goed' is geen bekend veld; bedoel je 'ok'?"])
  })

  it('reports malformed YAML with its position', () => {
    const [message] = problems(ENTRY.replace('  terms: [lerares]', '  terms: [lerares'))
    expect(message).toMatch(/^lexicon\/gender\.yml:\d+:\d+: de YAML is niet geldig/)
  })

  it('refuses an empty file and a file that is not a list', () => {
    expect(problems('')).toEqual([
      'lexicon/gender.yml:1:1: het bestand is leeg; een woordenlijst is een lijst van termen die elk met "- id:" beginnen',
    ])
    expect(problems('id: lerares\n')[0]).toMatch(/moet een lijst van termen zijn/)
  })

  it('requires a reason when there are no alternatives, and ok examples with context', () => {
    expect(problems(ENTRY.replace('alternatives: [leraar, leerkracht]', 'alternatives: []'))[0]).toMatch(/no_alternatives/)
    const withContext = ENTRY.replace('  examples:', '  context:\n    unless:\n      - next: [van]\n  examples:')
    expect(problems(withContext)[0]).toMatch(/voorbeelden onder "ok"/)
  })

  it('checks that an entry sits in the file of its category', () => {
    expect(problems(ENTRY, 'lexicon/herkomst.yml')[0]).toMatch(/staat in herkomst\.yml maar heeft category 'gender'/)
  })

  it('refuses duplicate ids and a term claimed by two entries', () => {
    const second = ENTRY.replace('id: lerares', 'id: lerares-2')
    expect(problems(ENTRY + ENTRY)[0]).toMatch(/het id 'lerares' bestaat al \(lexicon\/gender\.yml:1\)/)
    expect(problems(ENTRY + second)[0]).toMatch(/de term 'lerares' staat ook bij 'lerares'/)
  })

  it('never half-loads: one bad file means no lexicon at all, with every problem listed', () => {
    const bad = ENTRY.replace('message:', 'melding:')
    expect(() => loadLexicon([{ path: 'a.yml', text: ENTRY }, { path: 'b.yml', text: bad }])).toThrow(LexiconError)
    expect(problems(bad, 'b.yml', [{ path: 'c.yml', text: 'x: [' }])).toHaveLength(2)
  })
})

describe('merging an organisation lexicon', () => {
  const base = loadLexicon([{ path: 'lexicon/gender.yml', text: ENTRY }])

  it('adds new entries and overrides existing ones by id only when asked', () => {
    const own = ENTRY.replace('  severity: reconsider', '  severity: avoid\n  override: true')
    const merged = mergeLexicons(base, loadLexicon([{ path: 'eigen.yml', text: own }]))
    expect(merged).toHaveLength(1)
    expect(merged[0]!.entry.severity).toBe('avoid')
  })

  it('refuses a silent clash and an override of an unknown id', () => {
    expect(() => mergeLexicons(base, loadLexicon([{ path: 'eigen.yml', text: ENTRY }]))).toThrow(/zet 'override: true'/)
    const unknown = ENTRY.replace('id: lerares', 'id: lerares-x').replace('  severity: reconsider', '  severity: avoid\n  override: true')
    expect(() => mergeLexicons(base, loadLexicon([{ path: 'eigen.yml', text: unknown }]))).toThrow(/geen term met id 'lerares-x'/)
  })
})
