/**
 * `woordwijs check` on a folder of 1,000 generated .docx letters: files per
 * second in one thread and on a worker pool, and proof that both give the
 * same report. The letters are generated once into the temp folder and
 * reused. `tsx bench/cli.ts [letters]`; prints two tables.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { buildText } from './fixtures.js'
import { fixed, table } from './table.js'

const LETTERS = Number(process.argv[2] ?? 1000)
const BIN = join(import.meta.dirname, '..', 'bin', 'woordwijs.js')
const DIR = join(tmpdir(), `woordwijs-bench-letters-v1-${LETTERS}`)
const MARKER = join(DIR, '.compleet')

/** Deterministic pseudo-random numbers, so every machine checks the same letters. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

async function generate(): Promise<void> {
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === String(LETTERS)) return
  mkdirSync(DIR, { recursive: true })
  const sentences = buildText(0.5).split(/(?<=[.!?])\s+/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 20)
  const next = random(7)
  const pick = (): string => sentences[Math.floor(next() * sentences.length)]!
  const started = performance.now()
  for (let n = 0; n < LETTERS; n++) {
    // Letters of one to two pages: 8 to 16 paragraphs of 2 to 4 sentences.
    const paragraphs = Array.from({ length: 8 + Math.floor(next() * 9) }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, pick).join(' '))
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'Gemeente Voorbeeld', bold: true })] }),
            new Paragraph(`Kenmerk: 2026-${String(n).padStart(5, '0')}`),
            new Paragraph(`Geachte bewoner van huisnummer ${n + 1},`),
            ...paragraphs.map((text) => new Paragraph(text)),
            new Table({
              rows: [
                new TableRow({ children: [new TableCell({ children: [new Paragraph('Onderwerp')] }), new TableCell({ children: [new Paragraph(pick())] })] }),
              ],
            }),
            new Paragraph('Met vriendelijke groet,'),
            new Paragraph('Het college van burgemeester en wethouders'),
          ],
        },
      ],
    })
    writeFileSync(join(DIR, `brief-${String(n).padStart(4, '0')}.docx`), await Packer.toBuffer(doc))
  }
  writeFileSync(MARKER, String(LETTERS))
  process.stderr.write(`${LETTERS} brieven gemaakt in ${fixed((performance.now() - started) / 1000, 1)} s (${DIR})\n`)
}

interface Timed {
  readonly seconds: number
  readonly stdout: string
  readonly status: number | null
}

function runCheck(args: string[]): Timed {
  const env = { ...process.env }
  delete env.WOORDWIJS_LEXICON_DIR
  const start = performance.now()
  const result = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...args], { env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  const seconds = (performance.now() - start) / 1000
  if (result.status !== 0 && result.status !== 1) throw new Error(`woordwijs check failed (${result.status}): ${result.stderr}`)
  return { seconds, stdout: result.stdout, status: result.status }
}

/** Loops with the same work per thread: one only computes, one allocates small objects as parsing does. */
const LOOPS = {
  cpu: 'let x = 0; for (let i = 0; i < 4e8; i++) x = (x + i * 7) % 1000003',
  alloc: "let keep = []; for (let i = 0; i < 3e6; i++) { keep.push({ a: i, b: 'x' + i, c: [i] }); if (keep.length > 1e5) keep = [] }",
} as const

/** How many times the work of one thread `threads` threads get done in the same wall time. */
async function headroom(loop: keyof typeof LOOPS, threads: number): Promise<number> {
  const wall = async (count: number): Promise<number> => {
    const start = performance.now()
    await Promise.all(Array.from({ length: count }, () => new Promise((resolve) => new Worker(LOOPS[loop], { eval: true }).on('exit', resolve))))
    return performance.now() - start
  }
  const one = await wall(1)
  return (threads * one) / (await wall(threads))
}

await generate()
const cores = availableParallelism()
// Best of two, interleaved: on a shared machine noise only ever adds time.
const best = (a: Timed, b: Timed): Timed => (a.seconds <= b.seconds ? a : b)
const firstOne = runCheck(['--jobs', '1', DIR])
const firstAll = runCheck(['--jobs', String(cores), DIR])
const one = best(firstOne, runCheck(['--jobs', '1', DIR]))
const all = best(firstAll, runCheck(['--jobs', String(cores), DIR]))
const findings = (JSON.parse(one.stdout) as { files: { findings: unknown[] }[] }).files.reduce((sum, file) => sum + file.findings.length, 0)

console.log(`woordwijs check on ${LETTERS} generated .docx letters (1–2 pages each), ${cores} cores; best of two runs, wall time including start-up and lexicon load:\n`)
console.log(
  table(
    ['workers', 'seconds', 'files/s', 'speed-up', 'findings', 'same report as 1 worker'],
    [
      ['1 (in-process)', fixed(one.seconds, 1), fixed(LETTERS / one.seconds, 1), '1.00×', findings, 'reference'],
      [`${cores} (--jobs ${cores})`, fixed(all.seconds, 1), fixed(LETTERS / all.seconds, 1), `${fixed(one.seconds / all.seconds)}×`, findings, all.stdout === one.stdout ? 'yes, byte for byte' : 'NO: reports differ'],
    ],
  ),
)

// The same letters checked one at a time, each in its own run, must match their part of the folder report.
const report = JSON.parse(one.stdout) as { files: { path: string }[] }
const sample = [0, Math.floor(LETTERS / 2), LETTERS - 1].map((index) => report.files[index]!)
const alone = sample.every((file) => JSON.stringify((JSON.parse(runCheck([file.path]).stdout) as { files: unknown[] }).files[0]) === JSON.stringify(file))
console.log(`\nThe first, middle and last letter checked on their own give the same findings as in the folder run: ${alone ? 'yes' : 'NO'}.`)

const few = report.files.slice(0, 5).map((file) => file.path)
const fewDefault = runCheck(few)
const fewWorkers = runCheck(['--jobs', String(Math.max(2, cores)), ...few])
console.log('\nA handful of files (5): the default stays in one thread, since starting workers costs more than it saves:\n')
console.log(
  table(
    ['5 letters', 'seconds'],
    [
      ['default (in-process)', fixed(fewDefault.seconds, 2)],
      [`--jobs ${Math.max(2, cores)} (workers forced)`, fixed(fewWorkers.seconds, 2)],
    ],
  ),
)
const cpu = await headroom('cpu', cores)
const alloc = await headroom('alloc', cores)
console.log(
  `\nThis machine right now: ${cores} threads get through ${fixed(cpu)}× the work of 1 thread on a compute-only loop, ${fixed(alloc)}× on an allocating one. ` +
    'Checking allocates heavily (parsing, mammoth), so the second figure caps the speed-up above; on a shared or busy machine it is well below 2.',
)
console.log(`\nTarget: ≥ 1.7× the single-worker rate on 2 cores. Letters are kept in ${DIR}; delete the folder to regenerate.`)
