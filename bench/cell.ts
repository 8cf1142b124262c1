/**
 * One benchmark cell, run in its own process so that its peak memory is its
 * own: `tsx bench/cell.ts <engine|parse|baseline> <megabytes> <lexicon entries>`.
 * Prints one JSON line. Imports the compiled engine (build/), as users run it.
 */
import { buildText, buildLexicon, baselinePattern } from './fixtures.js'
import { engine } from './engine.js'

const { check, parseDutchChunks } = engine

const [mode = 'engine', megabytesArgument = '1', entriesArgument = '0'] = process.argv.slice(2)
const megabytes = Number(megabytesArgument)
const text = buildText(megabytes)
const lexicon = buildLexicon(Number(entriesArgument))

function measure(run: () => number): { seconds: number; count: number } {
  run() // warm-up on the same input: JIT, caches, compiled processors
  const runs: number[] = []
  let count = 0
  const repeat = megabytes <= 0.2 ? 7 : megabytes <= 1 ? 3 : 1
  for (let index = 0; index < repeat; index++) {
    const start = process.hrtime.bigint()
    count = run()
    runs.push(Number(process.hrtime.bigint() - start) / 1e9)
  }
  runs.sort((a, b) => a - b)
  return { seconds: runs[Math.floor(runs.length / 2)]!, count }
}

let result: { seconds: number; count: number }
if (mode === 'baseline') {
  const pattern = baselinePattern(lexicon.compiled)
  result = measure(() => {
    let count = 0
    pattern.lastIndex = 0
    while (pattern.exec(text)) count++
    return count
  })
} else if (mode === 'parse') {
  // The floor: parse-dutch alone over the same chunks, no matching at all.
  result = measure(() => {
    let sentences = 0
    for (const tree of parseDutchChunks(text)) sentences += tree.children.length
    return sentences
  })
} else {
  result = measure(() => check(text, { lexicon: lexicon.compiled }).length)
}
const words = text.split(/\s+/).length
process.stdout.write(
  JSON.stringify({
    mode,
    megabytes: text.length / 1e6,
    entries: lexicon.entries,
    seconds: result.seconds,
    mbPerSecond: text.length / 1e6 / result.seconds,
    wordsPerSecond: words / result.seconds,
    matches: result.count,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
)
