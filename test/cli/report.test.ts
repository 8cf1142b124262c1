import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDocx } from '../support/docx.js'
import { runCli, STACK_TRACE, tempDir } from '../support/cli.js'

const LEVELS = join(import.meta.dirname, '..', 'plain', 'levels')
const SHORT = 'Wij helpen u graag. Bel ons op 14 020.\n'

let dir: string
beforeAll(async () => {
  dir = tempDir()
  writeFileSync(join(dir, 'kort.txt'), SHORT)
  writeFileSync(join(dir, 'b1.txt'), readFileSync(join(LEVELS, '01-bijstand-b1.txt')))
  writeFileSync(join(dir, 'officieel.md'), '# Brief\n\n' + readFileSync(join(LEVELS, '01-bijstand-officieel.txt'), 'utf8'))
  writeFileSync(join(dir, 'brief.docx'), await makeDocx())
  writeFileSync(join(dir, 'leeg.txt'), '')
})

interface JsonReport {
  files: { path: string; report: Record<string, unknown> & { sentenceList: Record<string, unknown>[]; level: { level: string; label: string } } }[]
}

describe('woordwijs report', () => {
  it('prints a readable Dutch report per file and exits 0', () => {
    const result = runCli(['report', join(dir, 'kort.txt')])
    expect(result).toMatchObject({ status: 0, stderr: '' })
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe(join(dir, 'kort.txt'))
    expect(lines).toContain('  Woorden                   7')
    expect(lines).toContain('  Zinnen                    2')
    expect(lines).toContain('  Gemiddelde zinslengte     3,5 woorden')
    expect(lines).toContain('  Lange zinnen              0 van 2 (0%), meer dan 20 woorden')
    expect(lines).toContain('  Flesch-Douma              115,6 (zeer makkelijk)')
    expect(lines).toContain('  Leesindex Brouwer         111,8 (zeer makkelijk)')
    expect(result.stdout).toMatch(/Geschat taalniveau +B1 \(indicatie\); de tekst is te kort voor een betrouwbare schatting/)
    expect(result.stdout).toMatch(/Het taalniveau is een indicatie/)
  })

  it('reports .txt, .md and .docx files and names the longest sentences', () => {
    const result = runCli(['report', join(dir, 'b1.txt'), join(dir, 'officieel.md'), join(dir, 'brief.docx')])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(join(dir, 'brief.docx'))
    const official = result.stdout.split('\n\n').find((block) => block.startsWith(join(dir, 'officieel.md')))!
    expect(official).toMatch(/Geschat taalniveau +C1 \(indicatie\)/)
    expect(official).toMatch(/Langste zinnen +regel 7 \(45 woorden\)/)
    const plain = result.stdout.split('\n\n').find((block) => block.startsWith(join(dir, 'b1.txt')))!
    expect(plain).toMatch(/Geschat taalniveau +B1 \(indicatie\)$/m)
  })

  it('prints JSON with the figures and the sentence list', () => {
    const result = runCli(['report', '--format', 'json', join(dir, 'kort.txt')])
    expect(result.status).toBe(0)
    const json = JSON.parse(result.stdout) as JsonReport
    expect(Object.keys(json)).toEqual(['files'])
    expect(json.files[0]!.path).toBe(join(dir, 'kort.txt'))
    expect(json.files[0]!.report).toMatchObject({
      words: 7,
      sentences: 2,
      syllables: 8,
      averageSentenceLength: 3.5,
      longSentences: { count: 0, share: 0 },
      fleschDouma: { score: 115.6, band: 'zeer makkelijk' },
      brouwer: { score: 111.8, band: 'zeer makkelijk' },
      level: { level: 'B1', label: 'B1 (indicatie)', reliable: false },
    })
    expect(json.files[0]!.report.sentenceList).toEqual([
      { start: 0, end: 19, line: 1, column: 1, words: 4, long: false, passive: false },
      { start: 20, end: 38, line: 1, column: 21, words: 3, long: false, passive: false },
    ])
  })

  it('exits 2 for an input error, reports the other files and never shows a stack trace', () => {
    const result = runCli(['report', join(dir, 'kort.txt'), join(dir, 'leeg.txt'), join(dir, 'bestaat-niet.txt')])
    expect(result.status).toBe(2)
    expect(result.stdout).toContain(join(dir, 'kort.txt'))
    expect(result.stderr).toContain('het bestand is leeg')
    expect(result.stderr).toContain('bestand niet gevonden')
    expect(result.stderr).not.toMatch(STACK_TRACE)
  })

  it('exits 2 on usage errors', () => {
    expect(runCli(['report']).status).toBe(2)
    const bad = runCli(['report', '--format', 'xml', join(dir, 'kort.txt')])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain("onbekend formaat 'xml'")
  })
})
