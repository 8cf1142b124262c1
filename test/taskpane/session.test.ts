import { afterEach, describe, expect, it } from 'vitest'
import type { HostCapabilities } from '../../src/word/host.js'
import type { EngineClient } from '../../src/taskpane/engine/client.js'
import { EngineError } from '../../src/taskpane/engine/client.js'
import { DOCUMENT_IGNORE_SETTING } from '../../src/taskpane/model/ignore.js'
import { commentText, ReviewSession, type SessionState } from '../../src/taskpane/model/session.js'
import { MemoryStore } from '../../src/taskpane/model/storage.js'
import { engineOver } from './fixtures.js'
import { FULL_CAPABILITIES, MemoryDocument, MemoryDocumentHost } from './memory-host.js'

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

function setup(options: { capabilities?: Partial<HostCapabilities>; store?: MemoryStore; document?: MemoryDocument; engine?: EngineClient } = {}) {
  const document = options.document ?? new MemoryDocument(LETTER)
  const host = new MemoryDocumentHost(document, { ...FULL_CAPABILITIES, ...options.capabilities })
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
