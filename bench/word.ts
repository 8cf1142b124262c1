/**
 * The Word adapter on the in-memory Word model, with a fixed simulated cost
 * per `context.sync()` (a round trip to Word): a 300-page, 100,000-word
 * document read page by page, each page checked as it arrives (as the pane
 * can, through `onPage`), then every finding marked in one call.
 * `tsx bench/word.ts [ms per sync]`; prints one table.
 */
import { WordHost } from '../src/word/adapter.js'
import { createFakeWord, type BlockSpec } from '../src/word/fake/index.js'
import { FakeContext } from '../src/word/fake/proxies.js'
import type { TextTarget } from '../src/word/host.js'
import { engine } from './engine.js'
import { buildText } from './fixtures.js'
import { fixed, table } from './table.js'

const { check, compileLexicon, loadLexicon } = engine
const SYNC_MS = Number(process.argv[2] ?? 20)
const WORDS = 100_000
const PAGES = 300

// Word's round trip, simulated from outside the fake: every sync waits first.
const originalSync = FakeContext.prototype.sync
FakeContext.prototype.sync = async function (this: FakeContext): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, SYNC_MS))
  return originalSync.call(this)
}

const { readdirSync, readFileSync } = await import('node:fs')
const { join } = await import('node:path')
const lexiconDir = join(import.meta.dirname, '..', 'lexicon')
const lexicon = compileLexicon(
  loadLexicon(
    readdirSync(lexiconDir)
      .filter((name) => name.endsWith('.yml'))
      .sort()
      .map((name) => ({ path: name, text: readFileSync(join(lexiconDir, name), 'utf8') })),
  ),
)

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length

/** Paragraphs of Dutch prose, split into those with findings and those without. */
function paragraphPool(): { flagged: { text: string; findings: number }[]; clean: string[] } {
  const sentences = buildText(1.5).split(/(?<=[.!?])\s+/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 20)
  const flagged: { text: string; findings: number }[] = []
  const clean: string[] = []
  for (let at = 0; at + 3 <= sentences.length; at += 3) {
    const text = sentences.slice(at, at + 3).join(' ')
    const findings = check(text, { lexicon }).length
    if (findings === 0) clean.push(text)
    else flagged.push({ text, findings })
  }
  return { flagged, clean }
}

/** Paragraphs per document: the same in every row, so only the number of findings differs. */
const PARAGRAPHS = 3_300

/** PARAGRAPHS paragraphs (about WORDS words) with about `targetFindings` findings, spread evenly, plus tables. */
function buildDocument(targetFindings: number): { body: BlockSpec[]; words: number; paragraphs: number } {
  const { flagged, clean } = paragraphPool()
  const chosen: string[] = []
  for (let findings = 0, f = 0; findings < targetFindings; f++) {
    const next = flagged[f % flagged.length]!
    chosen.push(next.text)
    findings += next.findings
  }
  const every = PARAGRAPHS / chosen.length
  const body: BlockSpec[] = []
  let words = 0
  for (let index = 0, c = 0, nextFlagged = 0; index < PARAGRAPHS; index++) {
    const text = index >= Math.round(nextFlagged * every) && nextFlagged < chosen.length ? chosen[nextFlagged++]! : clean[c++ % clean.length]!
    words += countWords(text)
    body.push(text)
    // A small table every twenty pages or so, as policy notes have.
    if (index % 220 === 219) body.push({ table: [['Doelgroep', 'Aantal'], ['Inwoners', '1200']] })
  }
  return { body, words, paragraphs: body.length }
}

interface Run {
  label: string
  paragraphs: number
  words: number
  findings: number
  readSyncs: number
  markSyncs: number
  firstFindings: number
  read: number
  checking: number
  mark: number
  total: number
}

async function run(label: string, targetFindings: number): Promise<Run> {
  const doc = buildDocument(targetFindings)
  const fake = createFakeWord({ body: doc.body, header: ['Gemeente Voorbeeld — Beleidsnota'], footer: ['Pagina'] })
  const host = new WordHost({ word: fake.Word, office: fake.Office })
  await host.capabilities()
  fake.resetStats()
  const targets: { target: TextTarget; suggestions: readonly string[] }[] = []
  let checking = 0
  let firstFindings = -1
  const start = performance.now()
  await host.readDocument({
    onPage: (page) => {
      const before = performance.now()
      for (const paragraph of page) {
        for (const finding of check(paragraph.text, { lexicon })) {
          targets.push({
            target: { paragraphId: paragraph.id, start: finding.start, end: finding.end, expected: finding.text },
            suggestions: finding.suggestions,
          })
        }
      }
      const after = performance.now()
      checking += after - before
      if (firstFindings < 0 && targets.length > 0) firstFindings = after - start
    },
  })
  const readDone = performance.now()
  const readSyncs = fake.stats.syncs
  await host.mark(targets)
  const end = performance.now()
  return {
    label,
    paragraphs: doc.paragraphs,
    words: doc.words,
    findings: targets.length,
    readSyncs,
    markSyncs: fake.stats.syncs - readSyncs,
    firstFindings: firstFindings / 1000,
    read: (readDone - start - checking) / 1000,
    checking: checking / 1000,
    mark: (end - readDone) / 1000,
    total: (end - start) / 1000,
  }
}

const runs: Run[] = []
for (const [label, findings] of [['few findings', 100], ['~1,000 findings', 1000], ['~3,000 findings', 3000]] as const) {
  runs.push(await run(label, findings))
}
console.log(
  `Word adapter on the in-memory model, ${SYNC_MS} ms per context.sync, ~${PAGES} pages / ${WORDS.toLocaleString('en')} words; ` +
    'read page by page, each page checked as it arrives, then all findings marked in one call:\n',
)
console.log(
  table(
    ['document', 'paragraphs', 'words', 'findings', 'read syncs', 'mark syncs', 'first findings s', 'read s', 'check s', 'mark s', 'total s'],
    runs.map((r) => [
      r.label,
      r.paragraphs,
      r.words.toLocaleString('en'),
      r.findings,
      r.readSyncs,
      r.markSyncs,
      fixed(r.firstFindings),
      fixed(r.read),
      fixed(r.checking),
      fixed(r.mark),
      fixed(r.total),
    ]),
  ),
)
console.log('\nTargets: syncs the same in every row (they grow with pages, not findings); first findings < 1 s; total < 3 s.')
