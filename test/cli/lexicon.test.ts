import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, STACK_TRACE, tempDir } from '../support/cli.js'

describe('woordwijs lexicon lint', () => {
  it('passes on the engine-test lexicon and says how much it checked', () => {
    const result = runCli(['lexicon', 'lint'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Alles in orde: \d+ termen en \d+ voorbeelden in 1 bestand\.\n$/)
  })

  it('passes on the built-in lexicon, running every example', () => {
    const result = runCli(['lexicon', 'lint'], { lexiconDir: null })
    expect(result.stdout).toMatch(/^Alles in orde/)
    expect(result.status).toBe(0)
  }, 60_000)

  it('fails clearly on a broken file: file, line, column and what to do', () => {
    const dir = tempDir()
    const file = join(dir, 'gender.yml')
    writeFileSync(
      file,
      [
        '- id: lerares',
        '  category: gender',
        '  severity: reconsider',
        "  message: \"'Lerares' benadrukt het geslacht.\"",
        '  explanation: Gebruik een woord dat voor iedereen geldt.',
        '  alternatieven: [leerkracht]',
        '  sources: [RVO Schrijfwijzer]',
        '  terms: [lerares]',
        '  examples:',
        '    flag: ["De [lerares] belt u."]',
        '',
      ].join('\n'),
    )
    const result = runCli(['lexicon', 'lint', file])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain("gender.yml:6:3: 'alternatieven' is geen bekend veld; bedoel je 'alternatives'?")
    expect(result.stdout).not.toMatch(STACK_TRACE)
  })

  it('runs the examples: a flag example that is not found and an ok example that fires', () => {
    const dir = tempDir()
    const file = join(dir, 'eigen.yml')
    writeFileSync(
      file,
      [
        '- id: wijkbewoner',
        '  category: algemeen',
        '  severity: hint',
        '  message: Test.',
        '  explanation: Test.',
        '  alternatives: [inwoner]',
        '  sources: [Test]',
        '  terms: [wijkbewoner]',
        '  examples:',
        '    flag: ["Hallo allemaal."]',
        '    ok: ["Iedere wijkbewoner is welkom."]',
        '',
      ].join('\n'),
    )
    const result = runCli(['lexicon', 'lint', file])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain("eigen.yml:10:12: dit voorbeeld moet 'wijkbewoner' opleveren, maar woordwijs vindt het niet")
    expect(result.stdout).toContain("eigen.yml:11:10: dit voorbeeld mag 'wijkbewoner' niet opleveren, maar woordwijs markeert 'wijkbewoner'")
  })
})

describe('woordwijs lexicon stats', () => {
  it('prints entries, terms, forms, examples and alternatives per category', () => {
    const result = runCli(['lexicon', 'stats'])
    expect(result.status).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^categorie\s+termen\s+woorden\s+vormen\s+voorbeelden\s+alternatieven\s+met context$/)
    expect(lines).toHaveLength(16)
    expect(lines.at(-1)).toMatch(/^totaal\s+12\s/)
  })
})
