/**
 * The CLI on a folder of everything that can go wrong with an input file.
 * `check.test.ts` has the basic cases one by one; here they sit together in
 * one folder, next to good files, and run in-process and in worker threads.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDocx } from '../support/docx.js'
import { FIXTURES } from '../support/fixture-lexicon.js'
import { BIN, runCli, STACK_TRACE, tempDir, type CliResult } from '../support/cli.js'

const IS_ROOT = process.getuid?.() === 0
/** The unprivileged user the CLI runs as when the tests run as root (root may read any file). */
const NOBODY = 65534

/** Deterministic bytes 0–255, NULs included: a binary file. */
function binaryBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length)
  let state = 12345
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    bytes[i] = state >> 23
  }
  return bytes
}

/** Every fault, with the message the user must see for it. */
const FAULTS: [file: string, message: string][] = [
  ['kapot.docx', 'dit .docx-bestand kan niet worden gelezen: het is beschadigd of geen Word-document'],
  ['half.docx', 'dit .docx-bestand kan niet worden gelezen: het is beschadigd of geen Word-document'],
  ['beveiligd.docx', 'dit bestand is beveiligd met een wachtwoord of is een oud .doc-bestand'],
  ['leeg.txt', 'het bestand is leeg'],
  ['leeg.docx', 'het bestand is leeg'],
  ['spaties.md', 'het bestand bevat geen tekst'],
  ['programma.txt', 'dit lijkt een binair bestand, geen tekst'],
  ['stuurtekens.txt', 'dit lijkt een binair bestand, geen tekst'],
  ['lus-a.txt', 'symbolische koppeling vormt een lus'],
  ['lus-b.txt', 'symbolische koppeling vormt een lus'],
  ['weg.txt', 'symbolische koppeling naar een bestand dat niet (meer) bestaat'],
  ['terug', 'symbolische koppeling vormt een lus'],
]

let dir: string
beforeAll(async () => {
  dir = tempDir()
  const docx = await makeDocx()
  writeFileSync(join(dir, 'brief.txt'), 'Geachte bewoner,\n\nIn de wijk wonen veel allochtonen.\n')
  writeFileSync(join(dir, 'brief.docx'), docx)
  mkdirSync(join(dir, 'sub'))
  writeFileSync(join(dir, 'sub', 'nota.md'), '# Nota\n\nIndien nodig bellen wij u.\n')
  writeFileSync(join(dir, 'kapot.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), binaryBytes(300)]))
  // A real .docx cut off half-way, as after an interrupted download.
  writeFileSync(join(dir, 'half.docx'), docx.subarray(0, Math.floor(docx.length / 2)))
  // Word saves a password-protected .docx as an OLE compound file holding EncryptionInfo and EncryptedPackage.
  const ole = Buffer.alloc(4096)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole)
  Buffer.from('E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0', 'latin1').copy(ole, 1024)
  writeFileSync(join(dir, 'beveiligd.docx'), ole)
  writeFileSync(join(dir, 'leeg.txt'), '')
  writeFileSync(join(dir, 'leeg.docx'), '')
  writeFileSync(join(dir, 'spaties.md'), ' \n\t\n  \n')
  writeFileSync(join(dir, 'programma.txt'), binaryBytes(20_000))
  // No NUL byte at all, but far too many control characters for text.
  writeFileSync(join(dir, 'stuurtekens.txt'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 7)))))
  symlinkSync(join(dir, 'lus-b.txt'), join(dir, 'lus-a.txt'))
  symlinkSync(join(dir, 'lus-a.txt'), join(dir, 'lus-b.txt'))
  symlinkSync(join(dir, 'bestaat-niet.txt'), join(dir, 'weg.txt'))
  symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'terug'))
})

/** Each fault's file is named on exactly one error line, with its message. */
function expectEveryFault(result: CliResult, faults: readonly [string, string][]): void {
  const lines = result.stderr.trimEnd().split('\n')
  for (const [file, message] of faults) {
    const matching = lines.filter((line) => line.includes(`/${file}: `))
    expect(matching, file).toHaveLength(1)
    expect(matching[0], file).toContain(message)
  }
  expect(lines).toHaveLength(faults.length)
  expect(result.stderr).not.toMatch(STACK_TRACE)
  expect(result.stderr).not.toContain('interne fout')
}

describe('woordwijs check on a folder full of faults', () => {
  it('reports each bad file in plain words, checks the good ones and exits 2', () => {
    const result = runCli(['check', '--jobs', '1', dir])
    expect(result.status).toBe(2)
    expectEveryFault(result, FAULTS)
    expect(result.stdout).toContain('brief.txt:3:23')
    expect(result.stdout).toContain('brief.docx:3:15')
    expect(result.stdout).toContain('nota.md:3:1')
    expect(result.stdout).toContain(`3 bestanden gecontroleerd. ${FAULTS.length} bestanden konden niet worden gelezen.`)
  })

  it('reports the same faults, in the same order, from worker threads', () => {
    const inProcess = runCli(['check', '--format', 'json', '--jobs', '1', dir])
    const inWorkers = runCli(['check', '--format', 'json', '--jobs', '2', dir])
    expect(inWorkers.status).toBe(2)
    expectEveryFault(inWorkers, FAULTS)
    expect(inWorkers).toEqual(inProcess)
    const report = JSON.parse(inWorkers.stdout) as { files: { path: string }[] }
    expect(report.files.map((file) => file.path.split('/').pop())).toEqual(['brief.docx', 'brief.txt', 'nota.md'])
  })

  it(`reports a file and a folder it may not read${IS_ROOT ? ' (tests run as root, who reads anything: the CLI runs as user nobody)' : ''}`, () => {
    const locked = tempDir()
    chmodSync(locked, 0o755)
    writeFileSync(join(locked, 'open.txt'), 'Indien mogelijk.\n')
    writeFileSync(join(locked, 'geheim.txt'), 'Indien mogelijk.\n')
    chmodSync(join(locked, 'geheim.txt'), 0o000)
    mkdirSync(join(locked, 'dicht'))
    writeFileSync(join(locked, 'dicht', 'binnen.txt'), 'Indien mogelijk.\n')
    chmodSync(join(locked, 'dicht'), 0o000)
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', WOORDWIJS_LEXICON_DIR: join(FIXTURES, 'lexicon') }
    const result = spawnSync(process.execPath, [BIN, 'check', locked], {
      env,
      encoding: 'utf8',
      ...(IS_ROOT ? { uid: NOBODY, gid: NOBODY } : {}),
    })
    expect(result.status).toBe(2)
    expectEveryFault({ status: result.status, stdout: result.stdout, stderr: result.stderr }, [
      ['dicht', 'geen toestemming om deze map te lezen'],
      ['geheim.txt', 'geen toestemming om dit bestand te lezen'],
    ])
    expect(result.stdout).toContain('open.txt:1:1')
  })
})
