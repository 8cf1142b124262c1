import { afterEach, describe, expect, it } from 'vitest'
import { EngineError, PortEngineClient } from '../../src/taskpane/engine/client.js'
import { PLAIN_RULE_IDS } from '../../src/core/index.js'
import { DOCUMENT_RULES } from '../../src/taskpane/engine/protocol.js'
import { EngineService } from '../../src/taskpane/engine/service.js'
import { builtInSources } from '../support/lexicon.js'
import { engineOver, TEST_LEXICON } from './fixtures.js'

const closers: (() => void)[] = []
afterEach(() => closers.splice(0).forEach((close) => close()))

function engine(sources = TEST_LEXICON) {
  const { client, close } = engineOver(sources)
  closers.push(close)
  return client
}

describe('engine client over a message port', () => {
  it('returns the findings per paragraph, keyed by id, with the checked text', async () => {
    const results = await engine().check([
      { id: 'a', text: 'In deze wijk wonen veel allochtonen.' },
      { id: 'b', text: 'Een gewone zin.' },
      { id: 'c', text: 'Wij informeren u middels een brief.' },
    ])
    expect(results.map((result) => result.id)).toEqual(['a', 'b', 'c'])
    expect(results[0]?.text).toBe('In deze wijk wonen veel allochtonen.')
    expect(results[0]?.findings.map((finding) => [finding.ruleId, finding.text, finding.start])).toEqual([['allochtoon', 'allochtonen', 24]])
    expect(results[0]?.findings[0]?.suggestions).toEqual(['mensen met een migratieachtergrond'])
    expect(results[1]?.findings).toEqual([])
    expect(results[2]?.findings.map((finding) => finding.suggestions)).toEqual([['met', 'via']])
  })

  it('answers concurrent requests each with its own results', async () => {
    const client = engine()
    const [first, second] = await Promise.all([
      client.check([{ id: 'x', text: 'middels' }]),
      client.check([{ id: 'y', text: 'allochtoon' }]),
    ])
    expect(first[0]?.findings[0]?.ruleId).toBe('middels')
    expect(second[0]?.findings[0]?.ruleId).toBe('allochtoon')
  })

  it('rejects with a Dutch message when the lexicon is broken, and names the problem in the detail', async () => {
    const broken = [{ path: 'lexicon/gender.yml', text: '- id: Fout\n  category: gender\n' }]
    const error = await engine(broken).check([{ id: 'a', text: 'tekst' }]).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(EngineError)
    expect((error as EngineError).message).toBe('De woordenlijst van woordwijs bevat fouten en kon niet worden geladen.')
    expect((error as EngineError).detail).toContain('lexicon/gender.yml')
  })

  it('fails what waits, and every later request, once the engine is gone', async () => {
    const silent = { postMessage: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined }
    const client = new PortEngineClient(silent)
    const waiting = client.check([{ id: 'a', text: 'tekst' }])
    client.fail(new EngineError('De controle kon niet starten.', 'worker error'))
    await expect(waiting).rejects.toThrow('De controle kon niet starten.')
    await expect(client.check([{ id: 'b', text: 'tekst' }])).rejects.toThrow('De controle kon niet starten.')
  })

  it('compiles the lexicon once, on the first request', () => {
    let loads = 0
    const service = new EngineService(() => {
      loads++
      return TEST_LEXICON
    })
    service.handle({ type: 'check', requestId: 1, items: [{ id: 'a', text: 'middels' }] })
    service.handle({ type: 'check', requestId: 2, items: [{ id: 'a', text: 'middels' }] })
    expect(loads).toBe(1)
  })

  it('loads the built-in lexicon as the worker bundles it', async () => {
    const results = await engine(builtInSources()).check([{ id: 'a', text: 'In deze wijk wonen veel allochtonen.' }])
    expect(results[0]?.findings.some((finding) => finding.ruleId === 'allochtoon')).toBe(true)
  })

  it('leaves the document rules out of paragraph checks and finds them in the document pass, placed in their paragraph', async () => {
    expect([...DOCUMENT_RULES].every((rule) => (PLAIN_RULE_IDS as readonly string[]).includes(rule))).toBe(true)
    const client = engine()
    const items = [
      { id: 'a', text: 'Wij helpen u graag.', prose: true },
      { id: 'b', text: 'Bel het KCC.\nDan helpen we je.', prose: false },
    ]
    const [, alone] = await client.check(items)
    expect(alone?.findings.map((finding) => finding.ruleId)).toEqual([])
    const { findings, readability } = await client.checkDocument(items)
    expect(findings.map(({ id, findings: list }) => [id, list.map((f) => [f.ruleId, f.text, f.start, f.end, f.line, f.column])])).toEqual([
      ['b', [['afkorting-zonder-uitleg', 'KCC', 8, 11, 1, 9], ['u-en-je', 'je', 27, 29, 2, 15]]],
    ])
    // Only running text counts for readability.
    expect(readability.figures.words).toBe(4)
    expect(readability.sentences).toEqual([{ paragraphId: 'a', start: 0, end: 19, words: 4, long: false, passive: false }])
  })
})
