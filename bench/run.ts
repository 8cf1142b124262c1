/**
 * `npm run bench`: throughput and scaling of check() against a raw
 * single-pass baseline, printed as tables. Figures are printed, never
 * asserted: a benchmark is not a test. Each cell runs in its own process.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

interface Cell {
  mode: 'engine' | 'parse' | 'baseline'
  megabytes: number
  entries: number
  seconds: number
  mbPerSecond: number
  wordsPerSecond: number
  matches: number
  peakRssMb: number
}

const CELL = join(import.meta.dirname, 'cell.ts')
const TSX = join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs')

function run(mode: Cell['mode'], megabytes: number, entries = 0): Cell {
  const output = execFileSync(process.execPath, [TSX, CELL, mode, String(megabytes), String(entries)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(output.trim().split('\n').at(-1)!) as Cell
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))]
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)))
  const line = (row: string[]): string => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
  return [line(cells[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

const fixed = (value: number, digits = 2): string => value.toFixed(digits)

console.log('woordwijs benchmark: check() versus one combined RegExp over all surface forms')
console.log('(parse-only: parse-dutch over the same chunks without matching, the floor for any retext pipeline)\n')
const sizes = [0.1, 1, 5]
const rows: (string | number)[][] = []
const engineCells: Cell[] = []
for (const megabytes of sizes) {
  const engine = run('engine', megabytes)
  const baseline = run('baseline', megabytes)
  const parse = run('parse', megabytes)
  engineCells.push(engine)
  rows.push([
    `${megabytes} MB`,
    engine.entries,
    fixed(engine.mbPerSecond),
    Math.round(engine.wordsPerSecond).toLocaleString('en'),
    fixed(parse.mbPerSecond),
    fixed(baseline.mbPerSecond),
    fixed(engine.mbPerSecond / baseline.mbPerSecond),
    fixed(engine.seconds, 3),
    engine.matches,
    baseline.matches,
    Math.round(engine.peakRssMb),
  ])
}
console.log(
  table(
    ['text', 'entries', 'check MB/s', 'check words/s', 'parse-only MB/s', 'baseline MB/s', 'ratio', 'check s', 'findings', 'baseline hits', 'peak RSS MB'],
    rows,
  ),
)

const small = engineCells[0]!
const large = engineCells.at(-1)!
const growth = large.seconds / small.seconds
const sizeRatio = large.megabytes / small.megabytes
console.log(
  `\nGrowth with text size: ${fixed(sizeRatio, 0)}× the text took ${fixed(growth, 1)}× the time ` +
    `(exponent ${fixed(Math.log(growth) / Math.log(sizeRatio))}; 1.00 is linear; target: at most 60×).`,
)

console.log('\nLexicon size (1 MB of text):\n')
const lexiconRows = [100, 2000].map((entries) => {
  const cell = run('engine', 1, entries)
  return [entries, fixed(cell.mbPerSecond), fixed(cell.seconds, 3), cell.matches, Math.round(cell.peakRssMb)]
})
console.log(table(['entries', 'check MB/s', 'check s', 'findings', 'peak RSS MB'], lexiconRows))
console.log('\nTargets at 5 MB: check() ≥ 0.6× the baseline, peak RSS < 250 MB. See README (Performance).')

// Word adapter, the CLI on a folder of letters, lexicon load: each script runs in
// its own process (its own memory and start-up) and prints its own table.
for (const script of ['word.ts', 'cli.ts', 'lexicon.ts']) {
  console.log('\n')
  execFileSync(process.execPath, [TSX, join(import.meta.dirname, script)], { stdio: 'inherit' })
}
