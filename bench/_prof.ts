import { buildText, buildLexicon } from './fixtures.js'
import { engine } from './engine.js'
const text = buildText(2)
const lex = buildLexicon(0).compiled
const { parseDutchChunks } = engine
const time = (f: () => void) => { const t = performance.now(); f(); return performance.now() - t }
for (let i = 0; i < 3; i++) {
  const p = time(() => { for (const r of parseDutchChunks(text)) void r })
  const c = time(() => engine.check(text, { lexicon: lex }))
  console.log('parse', (text.length/1e3/p).toFixed(2), 'MB/s; check', (text.length/1e3/c).toFixed(2), 'MB/s; overhead', ((c - p) / p * 100).toFixed(0) + '%')
}
