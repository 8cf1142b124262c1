import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDocx } from '../support/docx.js'
import { runCli, STACK_TRACE, tempDir } from '../support/cli.js'

const LETTER = 'Geachte bewoner,\n\nIn de wijk wonen veel allochtonen.\nIndien u vragen heeft, bel ons.\n'

let dir: string
beforeAll(async () => {
  dir = tempDir()
  writeFileSync(join(dir, 'brief.txt'), LETTER)
  writeFileSync(join(dir, 'schoon.txt'), 'Beste bewoner,\n\nWelkom op de wijkavond.\n')
  writeFileSync(join(dir, 'leeg.txt'), '')
  writeFileSync(join(dir, 'binair.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff]))
  writeFileSync(join(dir, 'kapot.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]))
  writeFileSync(join(dir, 'beveiligd.docx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]))
  writeFileSync(join(dir, 'brief.docx'), await makeDocx())
  writeFileSync(
    join(dir, 'nota.md'),
    '# Nota\n\nIn de wijk wonen **allochtonen**.\n\n```\nallochtonen in code\n```\n\nZie `allochtonen` en [de site](https://example.org/allochtonen).\n',
  )
})

describe('woordwijs check', () => {
  it('prints file:line:column, severity, message and rule id, with the suggestion, and exits 1', () => {
    const result = runCli(['check', join(dir, 'brief.txt')])
    expect(result.status).toBe(1)
    const lines = result.stdout.split('\n')
    expect(lines).toContain(`${join(dir, 'brief.txt')}:3:23  vermijden    'Allochtoon' is verouderd.  (allochtoon)`)
    expect(lines).toContain('    → mensen met een migratieachtergrond')
    expect(result.stdout).toMatch(/4:1 {2}tip {10}'Indien' is formeel; schrijf 'als'\. {2}\(indien\)/)
    expect(lines.at(-2)).toBe('2 bevindingen in 1 bestand (1 vermijden, 1 tip); 1 bestand gecontroleerd.')
  })

  it('prints exactly the documented JSON shape', () => {
    const result = runCli(['check', '--format', 'json', join(dir, 'brief.txt')])
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as { files: { path: string; findings: Record<string, unknown>[] }[] }
    expect(Object.keys(report)).toEqual(['files'])
    expect(Object.keys(report.files[0]!)).toEqual(['path', 'findings'])
    expect(report.files[0]!.findings[0]).toEqual({
      start: 40,
      end: 51,
      line: 3,
      column: 23,
      text: 'allochtonen',
      category: 'herkomst',
      ruleId: 'allochtoon',
      severity: 'avoid',
      message: "'Allochtoon' is verouderd.",
      suggestions: ['mensen met een migratieachtergrond'],
    })
    expect(LETTER.slice(40, 51)).toBe('allochtonen')
  })

  it('exits 0 with a clear line when nothing is found', () => {
    const result = runCli(['check', join(dir, 'schoon.txt')])
    expect(result).toMatchObject({ status: 0, stderr: '' })
    expect(result.stdout.trim()).toBe('Geen bevindingen in 1 bestand.')
  })

  it('applies --category, --min-severity and --ignore', () => {
    const file = join(dir, 'brief.txt')
    const ids = (args: string[]): string[] =>
      (JSON.parse(runCli(['check', '--format', 'json', ...args, file]).stdout) as { files: { findings: { ruleId: string }[] }[] }).files[0]!.findings.map((f) => f.ruleId)
    expect(ids(['--category', 'klare-taal'])).toEqual(['indien'])
    expect(ids(['--min-severity', 'reconsider'])).toEqual(['allochtoon'])
    expect(ids(['--ignore', 'allochtoon,indien'])).toEqual([])
  })

  it('reads .docx paragraphs and tables; soft line breaks and tabs separate words', () => {
    const result = runCli(['check', '--format', 'json', join(dir, 'brief.docx')])
    const findings = (JSON.parse(result.stdout) as { files: { findings: { text: string; ruleId: string; line: number }[] }[] }).files[0]!.findings
    expect(findings.map((f) => [f.text, f.ruleId])).toEqual([
      ['allochtonen', 'allochtoon'],
      ['Indien', 'indien'],
      ['indien', 'indien'],
      ['kwetsbare groepen', 'kwetsbare-groep'],
    ])
  })

  it('never flags code blocks, inline code or link targets in Markdown, and keeps offsets into the file', () => {
    const result = runCli(['check', '--format', 'json', join(dir, 'nota.md')])
    const findings = (JSON.parse(result.stdout) as { files: { findings: { text: string; line: number; column: number }[] }[] }).files[0]!.findings
    expect(findings).toEqual([expect.objectContaining({ text: 'allochtonen', line: 3, column: 20 })])
  })

  it('reports each bad input in plain words, goes on with the rest and exits 2', () => {
    const result = runCli(['check', dir])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('leeg.txt: het bestand is leeg')
    expect(result.stderr).toContain('binair.txt: dit lijkt een binair bestand, geen tekst')
    expect(result.stderr).toContain('kapot.docx: dit .docx-bestand kan niet worden gelezen')
    expect(result.stderr).toContain('beveiligd.docx: dit bestand is beveiligd met een wachtwoord')
    expect(result.stdout).toContain('brief.txt:3:23')
    expect(result.stdout).toContain('4 bestanden konden niet worden gelezen.')
    expect(result.stderr).not.toMatch(STACK_TRACE)
  })

  it('reports a missing file, an unsupported type and a symlink loop', () => {
    const loop = tempDir()
    mkdirSync(join(loop, 'map'))
    symlinkSync(join(loop, 'map'), join(loop, 'map', 'terug'))
    writeFileSync(join(loop, 'map', 'a.txt'), 'Indien mogelijk.')
    writeFileSync(join(loop, 'plaatje.png'), 'x')
    const result = runCli(['check', join(loop, 'bestaat-niet.txt'), join(loop, 'plaatje.png'), loop])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('bestaat-niet.txt: bestand niet gevonden')
    expect(result.stderr).toContain("plaatje.png: bestandstype '.png' wordt niet ondersteund")
    expect(result.stderr).toMatch(/terug: symbolische koppeling vormt een lus/)
    expect(result.stdout).toContain('a.txt:1:1')
  })

  it('explains usage errors without a stack trace', () => {
    for (const args of [['check'], ['check', '--bla', 'x.txt'], ['check', '--category', 'kleur', 'x.txt'], ['check', '--format', 'xml', 'x.txt'], ['controleer']]) {
      const result = runCli(args)
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(/^woordwijs: .+\nZie 'woordwijs --help'\.\n$/)
    }
  })

  it('refuses a broken organisation lexicon with file, line and column', () => {
    const own = join(dir, 'eigen.yml')
    writeFileSync(own, '- id: test\n  categorie: gender\n')
    const result = runCli(['check', '--lexicon', own, join(dir, 'brief.txt')])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("eigen.yml:2:3: 'categorie' is geen bekend veld; bedoel je 'category'?")
    expect(result.stderr).not.toMatch(STACK_TRACE)
  })

  it('handles a 10 MB file and odd Unicode', () => {
    const big = join(dir, 'groot.txt')
    writeFileSync(big, (LETTER + '\n').repeat(Math.ceil((10 * 1024 * 1024) / (LETTER.length + 1))))
    const result = runCli(['check', '--format', 'json', big])
    expect(result.status).toBe(1)
    const findings = (JSON.parse(result.stdout) as { files: { findings: unknown[] }[] }).files[0]!.findings
    expect(findings.length).toBeGreaterThan(200_000)

    const odd = join(dir, 'vreemd.txt')
    writeFileSync(odd, '😀👩🏽‍🦱 Allochtonen\u200b wonen\u00a0hier.\n\u202eעברית\u202c ‏مرحبا‏ \u0301\uFEFF kwetsbare\u00a0groepen 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n')
    const oddResult = runCli(['check', '--format', 'json', odd])
    expect(oddResult.status).toBe(1)
    expect(oddResult.stderr).toBe('')
  }, 60_000)
})
