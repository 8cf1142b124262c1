// Interim maintainer check until `woordwijs lexicon lint` lands: lints all of lexicon/.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatProblem, lintLexicon } from '../src/core/index.js'
const dir = 'lexicon'
const files = readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => join(dir, f))
const result = lintLexicon(files.map((path) => ({ path, text: readFileSync(path, 'utf8') })))
for (const problem of result.problems) console.log(formatProblem(problem))
console.log(`${result.entries} entries, ${result.examples} examples, ${result.problems.length} problems`)
process.exit(result.problems.length ? 1 : 0)
