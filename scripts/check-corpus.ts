// Maintainer aid: score corpus texts against the lexicon and show misses and false alarms.
import { corpusFiles, readCorpusFile, scoreText } from '../test/support/corpus.js'
import { builtInLexicon } from '../test/support/lexicon.js'
const files = process.argv.length > 2 ? process.argv.slice(2) : corpusFiles('test/corpus')
const lexicon = builtInLexicon()
let bad = 0
for (const file of files) {
  const result = scoreText(file, readCorpusFile(file), lexicon)
  for (const e of result.missed) console.log(`${file}: gemist: '${e.text}' (${e.ruleId})`)
  for (const f of result.falseAlarms) console.log(`${file}:${f.line}:${f.column}: onterecht of niet geannoteerd: '${f.text}' (${f.ruleId})`)
  if (result.missed.length || result.falseAlarms.length) bad++
  else console.log(`${file}: ok (${result.expected.length} verwacht)`)
}
process.exit(bad ? 1 : 0)
