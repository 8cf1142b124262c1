/**
 * Every way a lexicon file can be broken: each gives one clear Dutch message
 * at file:line:column (not a screenful of parser echoes), and nothing loads.
 * `lexicon-load.test.ts` covers the ordinary schema messages and merging.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { check, compileLexicon, formatProblem, LexiconError, loadLexicon, mergeLexicons, type LexiconSource } from '../../src/core/index.js'
import { runCli, STACK_TRACE, tempDir } from '../support/cli.js'
import { builtInSources } from '../support/lexicon.js'
import { ENTRY_LINES, orgLexicon, orgTerm } from '../support/org-lexicon.js'
import { ENTRY } from '../support/lexicon-entry.js'

const SECOND = ENTRY.replaceAll('lerares', 'juf').replace("'Lerares'", "'Juf'")

/** The problems of loading `text` as eigen.yml (next to a valid file), as the CLI prints them. */
function problems(text: string): string[] {
  const sources: LexiconSource[] = [{ path: 'goed.yml', text: SECOND }, { path: 'eigen.yml', text }]
  try {
    const loaded = loadLexicon(sources)
    compileLexicon(loaded)
    return []
  } catch (error) {
    if (error instanceof LexiconError) return error.problems.map(formatProblem)
    throw error
  }
}

const INDENT = 'controleer het inspringen en de dubbele punten: elk veld staat op een eigen regel als "naam: waarde", en alle velden van een term springen even ver in'

describe('broken YAML', () => {
  const cases: [name: string, text: string, expected: string][] = [
    ['a tab as indentation', ENTRY.replace('  severity', '\tseverity'), '3:1: de YAML is niet geldig: gebruik spaties om in te springen, geen tabs'],
    ['a tab after spaces', ENTRY.replace('  severity', ' \tseverity'), '3:2: de YAML is niet geldig: gebruik spaties om in te springen, geen tabs'],
    ['a field indented too far', ENTRY.replace('  severity', '    severity'), `2:13: de YAML is niet geldig: ${INDENT}`],
    ['a field indented too little', ENTRY.replace('  severity', ' severity'), `3:1: de YAML is niet geldig: ${INDENT}`],
    ['a missing colon', ENTRY.replace('severity: reconsider', 'severity reconsider'), `3:3: de YAML is niet geldig: ${INDENT}`],
    ['an unclosed bracket', ENTRY.replace('[leraar, leerkracht]', '[leraar, leerkracht'), '6:17: de YAML is niet geldig: de lijst die hier met "[" begint, wordt niet gesloten met "]"'],
    ['an unclosed bracket in the last field', ENTRY.replace('["De [lerares] belt u."]', '["De [lerares] belt u."'), '10:11: de YAML is niet geldig: de lijst die hier met "[" begint, wordt niet gesloten met "]"'],
    ['an unclosed brace', ENTRY.replace('[lerares]', '{tekst: lerares'), '8:10: de YAML is niet geldig: de groep die hier met "{" begint, wordt niet gesloten met "}"'],
    ['an unclosed quote', ENTRY.replace('geslacht."', 'geslacht.'), '4:12: de YAML is niet geldig: de tekst die hier met " begint, wordt niet afgesloten met "'],
    ['a duplicate key', ENTRY.replace('  sources:', '  severity: avoid\n  sources:'), '7:3: de YAML is niet geldig: een veld staat twee keer in dezelfde term'],
    ['a document separator', ENTRY + '---\n' + ENTRY.replaceAll('lerares', 'docente'), '11:1: de YAML is niet geldig: gebruik geen "---" midden in het bestand'],
    ['an alias without anchor', ENTRY + '- *standaard\n', '11:3: de YAML is niet geldig: een verwijzing (*naam) wijst naar een anker (&naam) dat niet bestaat, of er zijn te veel verwijzingen'],
  ]
  it.each(cases)('%s: one message at the cause, nothing loaded', (_name, text, expected) => {
    expect(problems(text)).toEqual([`eigen.yml:${expected}`])
  })
})

describe('content that is not a YAML text', () => {
  it('refuses binary content, at the first NUL byte', () => {
    expect(problems('PK\u0003\u0004\u0000\u0001binair')).toEqual([
      'eigen.yml:1:5: dit lijkt een binair bestand, geen woordenlijst; een woordenlijst is een YAML-tekstbestand',
    ])
  })

  it('refuses text that was not UTF-8 (decoded with replacement characters), at the first bad character', () => {
    expect(problems(ENTRY.replace('geslacht', 'gesl\uFFFDcht'))).toEqual([
      'eigen.yml:4:41: dit teken is geen geldige UTF-8; sla het bestand op als UTF-8 (in Kladblok: "Opslaan als", codering UTF-8)',
    ])
  })

  it('accepts a byte order mark and Windows line ends, with columns as an editor shows them', () => {
    expect(problems('\uFEFF' + ENTRY.replace(/\n/g, '\r\n'))).toEqual([])
    expect(problems('\uFEFF' + ENTRY.replace('severity: reconsider', 'severity: ernstig'))).toEqual([
      "eigen.yml:3:13: 'severity' heeft de onbekende waarde 'ernstig'; kies uit: avoid, reconsider, hint",
    ])
  })

  it('says what an entry that is not a group of fields is instead', () => {
    expect(problems(ENTRY + '- gewoon een tekst\n')).toEqual([
      `eigen.yml:11:3: elke term is een groep velden die begint met "- id:"; hier staat alleen de tekst 'gewoon een tekst'`,
    ])
    expect(problems(ENTRY + '- [lerares, juf]\n')).toEqual(['eigen.yml:11:3: elke term is een groep velden die begint met "- id:"; hier staat een lijst'])
    expect(problems(ENTRY + '-\n')[0]).toMatch(/^eigen\.yml:11:\d: elke term is een groep velden .* een leeg "-"$/)
  })
})

describe('schema errors', () => {
  const cases: [name: string, text: string, expected: string][] = [
    ['a text where a list belongs', ENTRY.replace('terms: [lerares]', 'terms: lerares'), `8:10: 'terms' moet een lijst (regels die met "- " beginnen) zijn`],
    ['an empty list', ENTRY.replace('terms: [lerares]', 'terms: []'), "8:10: 'terms' mag niet leeg zijn"],
    ['an id with capitals and a space', ENTRY.replace('id: lerares', 'id: Lerares Juf'), `1:7: 'id': een id bestaat uit kleine letters, cijfers en streepjes, bijvoorbeeld "allochtoon"`],
    ['a number as id', ENTRY.replace('id: lerares', 'id: 42'), "1:7: 'id' moet een tekst zijn"],
    ['a message that is too long', ENTRY.replace(`"'Lerares' benadrukt het geslacht."`, `"${'x'.repeat(150)}"`), "4:12: 'message' is te lang: hooguit 140 tekens"],
    ['"ja" for a boolean', ENTRY.replace('  terms:', '  inflect: ja\n  terms:'), "8:12: 'inflect' moet true of false zijn"],
    ['an alternative with a Dutch field name', ENTRY.replace('[leraar, leerkracht]', '[{tekst: leraar}]'), "6:18: 'alternatives[1]' moet een tekst zijn, of een groep met 'text' en eventueel 'plural' of 'adjective'"],
    [
      'an empty context condition',
      ENTRY.replace('  examples:', '  context:\n    unless:\n      - {}\n  examples:\n    ok: ["De lerares van school."]'),
      "11:9: 'context.unless[1]': een voorwaarde noemt minstens één van: next, previous, sentence, paragraph",
    ],
  ]
  it.each(cases)('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual([`eigen.yml:${expected}`])
  })

  it('lists every schema problem of a file, each at its own place, and still loads nothing', () => {
    const text = ENTRY.replace('severity: reconsider', 'severity: ernstig') + SECOND.replaceAll('juf', 'meester').replace('terms: [meester]', 'terms: []')
    expect(problems(text)).toEqual([
      "eigen.yml:3:13: 'severity' heeft de onbekende waarde 'ernstig'; kies uit: avoid, reconsider, hint",
      "eigen.yml:18:10: 'terms' mag niet leeg zijn",
    ])
  })
})

describe('ids across files', () => {
  it('names both places of a duplicate id', () => {
    expect(problems(ENTRY + SECOND.replace('id: juf', 'id: lerares'))).toEqual([
      "eigen.yml:11:3: het id 'lerares' bestaat al (eigen.yml:1); kies een ander id",
    ])
    expect(problems(SECOND)).toEqual(["eigen.yml:1:3: het id 'juf' bestaat al (goed.yml:1); kies een ander id"])
  })

  it('names the place of an override of an unknown id, and merges nothing', () => {
    const base = loadLexicon([{ path: 'lexicon/gender.yml', text: ENTRY }])
    const own = loadLexicon([{ path: 'eigen.yml', text: SECOND + ENTRY.replace('id: lerares', 'id: leraressen').replace('  terms:', '  override: true\n  terms:') }])
    let thrown: unknown
    try {
      mergeLexicons(base, own)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(LexiconError)
    expect((thrown as LexiconError).problems.map(formatProblem)).toEqual([
      "eigen.yml:11:3: 'override: true' maar de standaardlijst heeft geen term met id 'leraressen'; controleer het id",
    ])
  })
})

describe('a 10,000-entry organisation lexicon', () => {
  it('loads on top of the built-in lexicon, and its terms are found', () => {
    const own = loadLexicon([{ path: 'eigen.yml', text: orgLexicon(10_000) }])
    expect(own).toHaveLength(10_000)
    expect(own[9_998]!.location).toEqual({ file: 'eigen.yml', line: 9_998 * ENTRY_LINES + 1, column: 3 })
    const lexicon = compileLexicon(mergeLexicons(loadLexicon(builtInSources()), own))
    const text = `Zie de ${orgTerm(0)}, de ${orgTerm(5_000)} en de ${orgTerm(9_999)}.`
    expect(check(text, { lexicon }).map((finding) => finding.ruleId)).toEqual(['eigen-term-0', 'eigen-term-5000', 'eigen-term-9999'])
  })

  it('loads nothing when entry 9,999 is wrong, and says where', () => {
    const text = orgLexicon(10_000, (index, entry) => (index === 9_998 ? entry.replace('severity: hint', 'severity: tip') : entry))
    expect(problems(text)).toEqual([
      `eigen.yml:${9_998 * ENTRY_LINES + 3}:13: 'severity' heeft de onbekende waarde 'tip'; kies uit: avoid, reconsider, hint`,
    ])
  })
})

describe('woordwijs check --lexicon with a broken file', () => {
  const dir = tempDir()
  const letter = join(dir, 'brief.txt')
  writeFileSync(letter, 'Indien u vragen heeft, bel ons.\n')

  it.each([
    ['Windows-1252 bytes', Buffer.from(ENTRY.replace('geslacht', 'gesl\u00e9cht'), 'latin1'), 'eigen.yml:4:41: dit teken is geen geldige UTF-8'],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]), 'eigen.yml:1:5: dit lijkt een binair bestand, geen woordenlijst'],
    ['a tab', Buffer.from(ENTRY.replace('  severity', '\tseverity')), 'eigen.yml:3:1: de YAML is niet geldig: gebruik spaties om in te springen, geen tabs'],
  ])('%s: exit 2, the place of the problem, and no findings from a half-loaded list', (_name, bytes, expected) => {
    const own = join(dir, 'eigen.yml')
    writeFileSync(own, bytes)
    const result = runCli(['check', '--lexicon', own, letter], { cwd: dir })
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(expected)
    expect(result.stderr.trim().split('\n')).toHaveLength(2)
    expect(result.stderr).not.toMatch(STACK_TRACE)
  })
})
