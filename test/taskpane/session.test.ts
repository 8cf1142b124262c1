import { afterEach, describe, expect, it } from 'vitest'
import { check, compileLexicon, loadLexicon } from '../../src/core/index.js'
import { DOCUMENT_RULES } from '../../src/taskpane/engine/protocol.js'
import { WordHost } from '../../src/word/adapter.js'
import { createFakeWord } from '../../src/word/fake/index.js'
import type { HostCapabilities } from '../../src/word/host.js'
import type { EngineClient } from '../../src/taskpane/engine/client.js'
import { EngineError } from '../../src/taskpane/engine/client.js'
import { DOCUMENT_IGNORE_SETTING } from '../../src/taskpane/model/ignore.js'
import { commentText, ReviewSession, type SessionState } from '../../src/taskpane/model/session.js'
import { MemoryStore } from '../../src/taskpane/model/storage.js'
import { engineOver, TEST_LEXICON } from './fixtures.js'
import { FULL_CAPABILITIES, MemoryDocument, MemoryDocumentHost, type MemoryReading } from './memory-host.js'

const LETTER = [
  'Wij informeren u middels een brief.',
  'In deze wijk wonen veel allochtonen. Allochtone jongeren sporten samen.',
  { text: 'Gemeente Lindenwaard', part: 'header' as const },
  '',
]

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

interface SetupOptions {
  capabilities?: Partial<HostCapabilities>
  store?: MemoryStore
  document?: MemoryDocument
  engine?: EngineClient
  reading?: MemoryReading
}

function setup(options: SetupOptions = {}) {
  const document = options.document ?? new MemoryDocument(LETTER)
  const host = new MemoryDocumentHost(document, { ...FULL_CAPABILITIES, ...options.capabilities }, options.reading)
  let engine = options.engine
  if (!engine) {
    const over = engineOver()
    cleanups.push(over.close)
    engine = over.client
  }
  const store = options.store ?? new MemoryStore()
  const logged: string[] = []
  const session = new ReviewSession({ host, engine, store, log: (message) => logged.push(message) })
  cleanups.push(() => session.dispose())
  return { document, host, session, store, logged }
}

async function checked(options: Parameters<typeof setup>[0] = {}) {
  const context = setup(options)
  await context.session.start()
  await context.session.checkDocument()
  return context
}

const rules = (state: SessionState) => state.items.map((item) => `${item.finding.ruleId}:${item.finding.text}`)
const item = (state: SessionState, text: string) => {
  const found = state.items.find((candidate) => candidate.finding.text === text)
  if (!found) throw new Error(`no finding '${text}' in ${rules(state).join(', ')}`)
  return found
}
const waitFor = async (condition: () => boolean, ms = 3000) => {
  const until = Date.now() + ms
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('review session', () => {
  it('checks every non-empty paragraph and lists findings in document order', async () => {
    const { session } = await checked()
    const state = session.getSnapshot()
    expect(state.phase).toBe('ready')
    expect(state.paragraphs.map((paragraph) => paragraph.id)).toEqual(['p1', 'p2', 'p3', 'p4'])
    expect(rules(state)).toEqual(['middels:middels', 'allochtoon:allochtonen', 'allochtoon:Allochtone'])
    expect(state.checkedAt).toBeInstanceOf(Date)
  })

  it('reports progress while checking', async () => {
    const { session } = setup()
    const seen: string[] = []
    session.subscribe(() => {
      const { phase, progress } = session.getSnapshot()
      if (progress) seen.push(`${phase}:${progress.done}/${progress.total}`)
    })
    await session.checkDocument()
    expect(seen).toContain('checking:0/3')
    expect(seen).toContain('checking:3/3')
  })

  it('replaces with one click: the document changes and the paragraph is checked again', async () => {
    const { session, document } = await checked()
    await session.replace(item(session.getSnapshot(), 'middels'), 'met')
    expect(document.paragraph('p1')?.text).toBe('Wij informeren u met een brief.')
    const state = session.getSnapshot()
    expect(rules(state)).toEqual(['allochtoon:allochtonen', 'allochtoon:Allochtone'])
    expect(state.notice).toEqual({ intent: 'success', text: "'middels' is vervangen door 'met'." })
  })

  it('never writes over text that changed since the check, and checks that paragraph again', async () => {
    const { session, document } = await checked({ capabilities: { paragraphEvents: false } })
    const stale = item(session.getSnapshot(), 'middels')
    document.setText('p1', 'Wij informeren u nu per brief, middels post.')
    await session.replace(stale, 'met')
    expect(document.paragraph('p1')?.text).toBe('Wij informeren u nu per brief, middels post.')
    const state = session.getSnapshot()
    expect(state.notice?.intent).toBe('warning')
    expect(state.notice?.text).toContain('De tekst is gewijzigd sinds de controle')
    // Without paragraph events the pane cannot know what else changed.
    expect(state.documentChanged).toBe(true)
    expect(item(state, 'middels').finding.start).toBe(31)
  })

  it('follows paragraph edits when the host reports them', async () => {
    const { session, document } = await checked()
    document.setText('p1', 'Een nette zin zonder problemen.')
    await waitFor(() => !rules(session.getSnapshot()).includes('middels:middels'))
    expect(session.getSnapshot().documentChanged).toBe(false)
    expect(rules(session.getSnapshot())).toEqual(['allochtoon:allochtonen', 'allochtoon:Allochtone'])
  })

  it('checks a paragraph typed into an empty one without a full re-read', async () => {
    const { session, document, host } = await checked()
    let fullReads = 0
    const readDocument = host.readDocument.bind(host)
    host.readDocument = (options) => {
      fullReads++
      return readDocument(options)
    }
    document.setText('p4', 'Wij komen middels de fiets.')
    await waitFor(() => rules(session.getSnapshot()).length === 4)
    expect(rules(session.getSnapshot())[3]).toBe('middels:middels')
    expect(fullReads).toBe(0)
  })

  it('ignores one occurrence for the session only', async () => {
    const { session } = await checked()
    session.ignoreOnce(item(session.getSnapshot(), 'allochtonen'))
    expect(rules(session.getSnapshot())).toEqual(['middels:middels', 'allochtoon:Allochtone'])
  })

  it('stores "Negeren in dit document" in the document, where the next reader finds it', async () => {
    const { session, document } = await checked()
    await session.ignoreInDocument(item(session.getSnapshot(), 'allochtonen'))
    expect(rules(session.getSnapshot())).toEqual(['middels:middels'])
    expect(JSON.parse(document.settings.get(DOCUMENT_IGNORE_SETTING) ?? 'null')).toEqual(['allochtoon'])

    const colleague = await checked({ document })
    expect(rules(colleague.session.getSnapshot())).toEqual(['middels:middels'])
    await colleague.session.unignoreInDocument('allochtoon')
    expect(rules(colleague.session.getSnapshot())).toHaveLength(3)
  })

  it('keeps "Altijd toestaan" per user, across documents, until taken back', async () => {
    const store = new MemoryStore()
    const first = await checked({ store })
    first.session.allowAlways(item(first.session.getSnapshot(), 'middels'))
    expect(rules(first.session.getSnapshot())).not.toContain('middels:middels')

    const other = await checked({ store, document: new MemoryDocument(['Middels deze brief.']) })
    expect(other.session.getSnapshot().items).toEqual([])
    expect(other.session.getSnapshot().allowed).toEqual([{ ruleId: 'middels', word: 'middels' }])
    other.session.disallow('middels')
    expect(rules(other.session.getSnapshot())).toEqual(['middels:Middels'])
  })

  it('adds a comment with the message, the alternatives and the explanation', async () => {
    const { session, document } = await checked()
    const target = item(session.getSnapshot(), 'middels')
    await session.addComment(target)
    expect(document.comments).toHaveLength(1)
    expect(document.comments[0]).toMatchObject({ paragraphId: 'p1', start: 17, end: 24 })
    expect(document.comments[0]?.text).toBe(commentText(target.finding))
    expect(commentText(target.finding)).toBe(
      "woordwijs: 'Middels' is formeel; schrijf 'met' of 'via'.\nAlternatief: met / via\nGewone woorden lezen makkelijker.",
    )
    expect(document.paragraph('p1')?.text).toBe(LETTER[0])
  })

  it("shows the host's own explanation when a write fails, and a plain one when it throws", async () => {
    const { session, host, document, logged } = await checked()
    host.replace = async (edits) => edits.map(() => ({ status: 'failed', message: 'Dit deel van het document is beveiligd.' }) as const)
    await session.replace(item(session.getSnapshot(), 'middels'), 'met')
    expect(session.getSnapshot().notice).toEqual({ intent: 'error', text: 'Dit deel van het document is beveiligd.' })

    host.addComment = () => Promise.reject(new Error('RichApi.Error: GeneralException'))
    await session.addComment(item(session.getSnapshot(), 'middels'))
    expect(session.getSnapshot().notice?.intent).toBe('error')
    expect(session.getSnapshot().notice?.text).toMatch(/^Dat is niet gelukt/)
    expect(session.getSnapshot().notice?.text).not.toContain('RichApi')
    expect(logged).toContain('host call threw')
    expect(document.paragraph('p1')?.text).toBe(LETTER[0])
  })

  it('selects the words in the document', async () => {
    const { session, document } = await checked()
    await session.select(item(session.getSnapshot(), 'Allochtone'))
    expect(document.selection).toEqual({ paragraphId: 'p2', start: 37, end: 47 })
  })

  it('shows a Dutch error and stays usable when the engine fails', async () => {
    let fail = true
    const over = engineOver()
    cleanups.push(over.close)
    const engine: EngineClient = {
      check: (items) => (fail ? Promise.reject(new EngineError('De controle is onverwacht mislukt.', 'boom')) : over.client.check(items)),
      checkDocument: (items) => over.client.checkDocument(items),
    }
    const { session, logged } = setup({ engine })
    await session.checkDocument()
    expect(session.getSnapshot().phase).toBe('error')
    expect(session.getSnapshot().error).toMatch(/^De controle is onverwacht mislukt\. Probeer het opnieuw/)
    expect(logged).toContain('check failed')
    fail = false
    await session.checkDocument()
    expect(session.getSnapshot().phase).toBe('ready')
    expect(session.getSnapshot().error).toBeUndefined()
  })

  it('marks the visible findings inline only when the user turns it on, and follows dismissals', async () => {
    const store = new MemoryStore()
    const { session, host } = await checked({ capabilities: { annotations: true }, store })
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(host.marks).toEqual([])

    session.setMarks(true)
    await waitFor(() => host.marks.length === 3)
    expect(host.marks.map((mark) => mark.target.expected)).toEqual(['middels', 'allochtonen', 'Allochtone'])
    expect(host.marks[0]?.suggestions).toEqual(['met', 'via'])

    session.ignoreOnce(item(session.getSnapshot(), 'middels'))
    await waitFor(() => host.marks.length === 2)
    session.setFilters({ hiddenCategories: ['herkomst'], minSeverity: 'hint', view: 'document' })
    await waitFor(() => host.marks.length === 0)
    expect(store.get('woordwijs.marks.v1')).toBe('on')
    session.setMarks(false)
    expect(store.get('woordwijs.marks.v1')).toBe('off')
  })

  it('persists filter choices for the user', async () => {
    const store = new MemoryStore()
    const { session } = setup({ store })
    session.setFilters({ hiddenCategories: ['herkomst'], minSeverity: 'avoid', view: 'factor' })
    expect(setup({ store }).session.getSnapshot().filters).toEqual({ hiddenCategories: ['herkomst'], minSeverity: 'avoid', view: 'factor' })
  })
})

describe('the document as a whole', () => {
  // Explained at first use in p1; first used unexplained in p2 ("KCC"), again in p3; "u" first, then "je".
  const PARAGRAPHS = [
    'Wij sturen u deze brief over de Wet maatschappelijke ondersteuning (WMO).',
    'De WMO regelt hulp thuis. Het KCC beantwoordt uw vragen.',
    { text: 'Gemeente Lindenwaard', part: 'header' as const },
    'Heb je nog vragen over het KCC? Bel ons dan.',
  ]
  const documentRules = (state: SessionState) =>
    state.items.filter((entry) => DOCUMENT_RULES.has(entry.finding.ruleId)).map((entry) => `${entry.paragraph.id}:${entry.finding.start}:${entry.finding.ruleId}:${entry.finding.text}`)

  /** The same rules from `check()` over the paragraphs joined by blank lines, placed back in their paragraphs. */
  function wholeDocumentCheck(texts: readonly string[]): string[] {
    const starts = texts.map((_, index) => texts.slice(0, index).reduce((sum, text) => sum + text.length + 2, 0))
    const lexicon = compileLexicon(loadLexicon(TEST_LEXICON))
    return check(texts.join('\n\n'), { lexicon })
      .filter((finding) => DOCUMENT_RULES.has(finding.ruleId))
      .map((finding) => {
        const index = starts.findLastIndex((start) => start <= finding.start)
        return `p${index + 1}:${finding.start - starts[index]!}:${finding.ruleId}:${finding.text}`
      })
  }

  it("finds the switch between u and je and an abbreviation's first use across paragraphs, as a check of the whole text does", async () => {
    const { session } = await checked({ document: new MemoryDocument(PARAGRAPHS) })
    const found = documentRules(session.getSnapshot())
    expect(found).toEqual(['p2:30:afkorting-zonder-uitleg:KCC', 'p4:4:u-en-je:je'])
    expect(found).toEqual(wholeDocumentCheck(PARAGRAPHS.map((paragraph) => (typeof paragraph === 'string' ? paragraph : paragraph.text))))
    // The rest of each paragraph's findings is still its own.
    expect(rules(session.getSnapshot())).toEqual(['afkorting-zonder-uitleg:KCC', 'u-en-je:je'])
  })

  it('recomputes them after an edit anywhere in the document', async () => {
    const { session, document } = await checked({ document: new MemoryDocument(PARAGRAPHS) })
    document.setText('p4', 'Hebt u nog vragen over het KCC? Bel ons dan.')
    await waitFor(() => !documentRules(session.getSnapshot()).some((rule) => rule.includes('u-en-je')))
    // The first use of "KCC" moves to p4 once p2 no longer has it.
    document.setText('p2', 'De WMO regelt hulp thuis.')
    await waitFor(() => documentRules(session.getSnapshot()).join() === 'p4:27:afkorting-zonder-uitleg:KCC')
    const texts = document.paragraphs.map((paragraph) => paragraph.text)
    expect(documentRules(session.getSnapshot())).toEqual(wholeDocumentCheck(texts))
    expect(session.getSnapshot().readability?.figures.sentences).toBe(4)
  })

  it('reports readability over the running text, each sentence placed in its paragraph', async () => {
    const { session } = await checked()
    const readability = session.getSnapshot().readability
    // The header "Gemeente Lindenwaard" is no running text.
    expect(readability?.figures).toMatchObject({ words: 16, sentences: 3, longSentences: { count: 0, share: 0 } })
    expect(readability?.figures.level.label).toMatch(/^(B1|B2|C1) \(indicatie\)$/)
    expect(readability?.figures.level.reliable).toBe(false)
    expect(readability?.sentences.map(({ paragraphId, start, end, words }) => [paragraphId, start, end, words])).toEqual([
      ['p1', 0, 35, 6],
      ['p2', 0, 36, 6],
      ['p2', 37, 71, 4],
    ])
  })

  it('selects a sentence from the report in the document, and says so when it changed', async () => {
    const long =
      'Wij laten u hierbij weten dat uw aanvraag voor een vergunning voor het plaatsen van een dakkapel op uw woning aan de Dorpsstraat is ontvangen.'
    const { session, document } = await checked({ document: new MemoryDocument(['Een korte zin.', long]), capabilities: { paragraphEvents: false } })
    const sentence = session.getSnapshot().readability?.sentences.find((candidate) => candidate.long)
    expect(sentence).toMatchObject({ paragraphId: 'p2', start: 0, end: long.length, long: true, passive: true })
    await session.showSentence(sentence!)
    expect(document.selection).toEqual({ paragraphId: 'p2', start: 0, end: long.length })

    document.setText('p2', 'Uw aanvraag is binnen.')
    await session.showSentence(sentence!)
    expect(session.getSnapshot().notice?.text).toContain('De tekst is gewijzigd sinds de controle')
    expect(session.getSnapshot().readability?.sentences.some((candidate) => candidate.long)).toBe(false)
  })
})

describe('a long document', () => {
  it("shows the first page's findings while the rest is still being read", async () => {
    let release = (): void => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const { session } = setup({ reading: { pageSize: 1, beforePage: (page) => (page === 0 ? Promise.resolve() : gate) } })
    const done = session.checkDocument()
    await waitFor(() => session.getSnapshot().items.length > 0)
    const early = session.getSnapshot()
    expect(early.phase).toBe('reading')
    expect(early.progress).toEqual({ done: 1, total: 4 })
    expect(rules(early)).toEqual(['middels:middels'])
    release()
    await done
    expect(session.getSnapshot().phase).toBe('ready')
    expect(rules(session.getSnapshot())).toEqual(['middels:middels', 'allochtoon:allochtonen', 'allochtoon:Allochtone'])
  })

  it('still checks every paragraph when the host does not report pages', async () => {
    const { session, host } = setup()
    const readDocument = host.readDocument.bind(host)
    host.readDocument = (options) => readDocument({ ...options, onPage: undefined })
    await session.checkDocument()
    expect(rules(session.getSnapshot())).toEqual(['middels:middels', 'allochtoon:allochtonen', 'allochtoon:Allochtone'])
  })

  it("checks each page the Word adapter reads as it comes, over the in-memory Word model", async () => {
    const fake = createFakeWord({ body: ['Wij informeren u middels een brief.', 'Een zin.', 'Nog een zin.', 'Veel allochtonen.', 'Slot.'] })
    const over = engineOver()
    cleanups.push(over.close)
    const requests: string[] = []
    const engine: EngineClient = {
      check: (items) => {
        requests.push(`check:${items.length}`)
        return over.client.check(items)
      },
      checkDocument: (items) => {
        requests.push(`document:${items.length}`)
        return over.client.checkDocument(items)
      },
    }
    const host = new WordHost({ word: fake.Word, office: fake.Office, pageSize: 2 })
    const session = new ReviewSession({ host, engine, store: new MemoryStore() })
    cleanups.push(() => session.dispose())
    await session.checkDocument()
    expect(requests).toEqual(['check:2', 'check:2', 'check:1', 'document:5'])
    expect(rules(session.getSnapshot())).toEqual(['middels:middels', 'allochtoon:allochtonen'])
  })
})
