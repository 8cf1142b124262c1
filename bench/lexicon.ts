/**
 * Lexicon load time: the built-in lexicon, and the built-in one plus a
 * generated 10,000-entry organisation list (what `check --lexicon` does).
 * "Cold" is the first load in a fresh process, as every CLI run and every
 * worker pays it; "warm" the median of three more. `tsx bench/lexicon.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LexiconSource } from '../src/core/index.js'
import { orgLexicon } from '../test/support/org-lexicon.js'
import { engine } from './engine.js'
import { fixed, median, table } from './table.js'

const { compileLexicon, loadLexicon, mergeLexicons } = engine
const directory = join(import.meta.dirname, '..', 'lexicon')
const builtIn: LexiconSource[] = readdirSync(directory)
  .filter((name) => name.endsWith('.yml'))
  .sort()
  .map((name) => ({ path: name, text: readFileSync(join(directory, name), 'utf8') }))
const own: LexiconSource[] = [{ path: 'eigen.yml', text: orgLexicon(10_000) }]

interface Phases {
  load: number
  compile: number
  entries: number
}

function measure(extra: readonly LexiconSource[]): Phases {
  const start = performance.now()
  const base = loadLexicon(builtIn)
  const entries = extra.length > 0 ? mergeLexicons(base, loadLexicon(extra)) : base
  const loaded = performance.now()
  compileLexicon(entries)
  return { load: (loaded - start) / 1000, compile: (performance.now() - loaded) / 1000, entries: entries.length }
}

const rows: (string | number)[][] = []
for (const [label, extra] of [
  ['built-in', [] as LexiconSource[]],
  ['built-in + 10,000-entry organisation list', own],
] as const) {
  const cold = measure(extra)
  const warm = [measure(extra), measure(extra), measure(extra)]
  const kb = [...builtIn, ...extra].reduce((sum, source) => sum + source.text.length, 0) / 1024
  rows.push([
    label,
    cold.entries,
    Math.round(kb),
    fixed(cold.load),
    fixed(cold.compile),
    fixed(cold.load + cold.compile),
    fixed(median(warm.map((w) => w.load + w.compile))),
  ])
}
console.log('Lexicon load (YAML parse + validation) and compile, in seconds; cold = first in a fresh process, as each CLI run and worker pays:\n')
console.log(table(['lexicon', 'entries', 'K chars of YAML', 'load s (cold)', 'compile s (cold)', 'total s (cold)', 'total s (warm, median of 3)'], rows))
