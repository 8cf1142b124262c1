import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { main, type Io } from '../../src/cli/main.js'
import { MIN_FILES_PER_WORKER, poolSize } from '../../src/cli/pool.js'
import { createProgress } from '../../src/cli/progress.js'
import { makeDocx } from '../support/docx.js'
import { FIXTURES } from '../support/fixture-lexicon.js'
import { runCli, STACK_TRACE, tempDir } from '../support/cli.js'

const PHRASES = ['In de wijk wonen veel allochtonen.', 'Indien u vragen heeft, bel ons.', 'Welkom op de wijkavond.', 'Wij helpen kwetsbare groepen.']

/** Letter `n`: a different mix of phrases per file, so a mix-up between files would show. */
function letter(n: number): string {
  const lines = [`Geachte bewoner ${n},`, '']
  for (let k = 0; k <= n % 5; k++) lines.push(PHRASES[(n + k) % PHRASES.length]!)
  return lines.join('\n') + '\n'
}

let dir: string
beforeAll(async () => {
  dir = tempDir()
  mkdirSync(join(dir, 'archief'))
  for (let n = 0; n < 24; n++) writeFileSync(join(dir, n % 3 === 0 ? 'archief' : '', `brief-${String(n).padStart(2, '0')}.txt`), letter(n))
  const docx = await makeDocx()
  for (let n = 0; n < 4; n++) writeFileSync(join(dir, `verslag-${n}.docx`), docx)
  writeFileSync(join(dir, 'nota.md'), '# Nota\n\nIn de wijk wonen **allochtonen**.\n')
  writeFileSync(join(dir, 'leeg.txt'), '')
  writeFileSync(join(dir, 'kapot.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 7)]))
})

interface JsonReport {
  files: { path: string; findings: { ruleId: string; line: number }[] }[]
}

describe('woordwijs check --jobs', () => {
  it('gives byte-identical output, errors and exit code with 1, 2 and 3 workers', () => {
    const one = runCli(['check', '--format', 'json', '--jobs', '1', dir])
    const report = JSON.parse(one.stdout) as JsonReport
    // 31 inputs, two of them unreadable; the rest has findings in input (walk) order.
    expect(report.files).toHaveLength(29)
    // Walk order is name order here ('archief/' sorts first), so the paths come sorted.
    const paths = report.files.map((file) => file.path)
    expect(paths).toEqual([...paths].sort())
    expect(report.files.filter((file) => file.findings.length > 0).length).toBeGreaterThan(20)
    expect(one.status).toBe(2)
    expect(one.stderr).toContain('leeg.txt: het bestand is leeg')
    expect(one.stderr).toContain('kapot.docx: dit .docx-bestand kan niet worden gelezen')
    for (const jobs of ['2', '3']) {
      const many = runCli(['check', '--format', 'json', '--jobs', jobs, dir])
      expect(many).toEqual(one)
    }
    const text = runCli(['check', '--jobs', '1', dir])
    expect(runCli(['check', '--jobs', '2', dir])).toEqual(text)
    expect(text.stdout).toContain('2 bestanden konden niet worden gelezen.')
  }, 60_000)

  it('uses the default pool for a folder and still reports the same', () => {
    const one = runCli(['check', '--format', 'json', '--jobs', '1', dir])
    expect(runCli(['check', '--format', 'json', dir])).toEqual(one)
  })

  it('refuses a broken organisation lexicon the same way in workers as in-process', () => {
    const own = join(dir, 'eigen.yml')
    writeFileSync(own, '- id: test\n  categorie: gender\n')
    const args = ['check', '--lexicon', own, dir]
    const inProcess = runCli([...args, '--jobs', '1'])
    const inWorkers = runCli([...args, '--jobs', '2'])
    expect(inProcess.status).toBe(2)
    expect(inProcess.stderr).toContain("eigen.yml:2:3: 'categorie' is geen bekend veld; bedoel je 'category'?")
    expect(inWorkers).toEqual(inProcess)
    expect(inWorkers.stderr).not.toMatch(STACK_TRACE)

    const missing = ['check', '--lexicon', join(dir, 'bestaat-niet.yml'), dir]
    const missingOne = runCli([...missing, '--jobs', '1'])
    expect(missingOne.status).toBe(2)
    expect(missingOne.stderr).toContain('bestaat-niet.yml: woordenlijst niet gevonden')
    expect(runCli([...missing, '--jobs', '2'])).toEqual(missingOne)
  })

  it('refuses a --jobs value that is not a whole number from 1', () => {
    for (const value of ['0', '-1', 'twee', '1.5']) {
      const result = runCli(['check', `--jobs=${value}`, dir])
      expect(result.status).toBe(2)
      expect(result.stderr).toContain('--jobs verwacht een heel getal vanaf 1')
    }
  })

  it('never writes progress into a pipe', () => {
    const result = runCli(['check', '--jobs', '2', dir])
    expect(result.stderr).not.toContain('Controleren')
    expect(result.stdout).not.toContain('Controleren')
  })
})

describe('pool size', () => {
  it('starts no workers for a handful of files, one per core for a folder, and obeys --jobs', () => {
    expect(poolSize(3, undefined, 2)).toBeLessThanOrEqual(1)
    expect(poolSize(2 * MIN_FILES_PER_WORKER - 1, undefined, 2)).toBeLessThanOrEqual(1)
    expect(poolSize(1000, undefined, 2)).toBe(2)
    expect(poolSize(1000, undefined, 8)).toBe(8)
    expect(poolSize(1000, 1, 8)).toBe(1)
    expect(poolSize(5, 2, 1)).toBe(2)
    // Never more workers than files.
    expect(poolSize(2, 4, 8)).toBe(2)
  })
})

describe('progress line', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = []
    return { written, isTTY, write: (text: string) => written.push(text) }
  }

  it('draws "Controleren… n/total bestanden" on a terminal, throttled, and erases it at the end', () => {
    const out = stream(true)
    let time = 0
    const progress = createProgress(out, {}, () => time)
    progress.update(1, 1000)
    time += 10
    progress.update(2, 1000) // too soon: skipped
    time += 200
    progress.update(340, 1000)
    progress.update(1000, 1000) // the last one always shows
    progress.finish()
    expect(out.written).toEqual([
      '\r\x1b[KControleren… 1/1000 bestanden',
      '\r\x1b[KControleren… 340/1000 bestanden',
      '\r\x1b[KControleren… 1000/1000 bestanden',
      '\r\x1b[K',
    ])
  })

  it('stays silent in pipes, on CI and on a dumb terminal', () => {
    for (const [isTTY, env] of [[false, {}], [true, { CI: 'true' }], [true, { TERM: 'dumb' }]] as const) {
      const out = stream(isTTY)
      const progress = createProgress(out, env)
      progress.update(5, 5)
      progress.finish()
      expect(out.written).toEqual([])
    }
  })
})

describe('progress in a run', () => {
  const previous = process.env.WOORDWIJS_LEXICON_DIR
  afterEach(() => {
    if (previous === undefined) delete process.env.WOORDWIJS_LEXICON_DIR
    else process.env.WOORDWIJS_LEXICON_DIR = previous
  })

  it('goes to a terminal stderr only, and JSON on stdout stays clean', async () => {
    process.env.WOORDWIJS_LEXICON_DIR = join(FIXTURES, 'lexicon')
    const stdout: string[] = []
    const stderr: string[] = []
    const io: Io = {
      stdout: { write: (text: string) => stdout.push(text), isTTY: false },
      stderr: { write: (text: string) => stderr.push(text), isTTY: true },
      env: { NO_COLOR: '1' },
    }
    const status = await main(['check', '--format', 'json', '--jobs', '1', join(dir, 'archief')], io)
    expect(status).toBe(1)
    expect((JSON.parse(stdout.join('')) as JsonReport).files).toHaveLength(8)
    expect(stderr.join('')).toContain('Controleren… 8/8 bestanden')
    expect(stderr.at(-1)).toBe('\r\x1b[K')
  })
})
