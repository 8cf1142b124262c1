/**
 * A small, fixed lexicon for the pane's tests, so they do not move when the
 * built-in word lists grow, and an engine client over a real MessageChannel.
 */
import { MessageChannel } from 'node:worker_threads'
import type { LexiconSource } from '../../src/core/index.js'
import { PortEngineClient } from '../../src/taskpane/engine/client.js'
import type { MessagePortLike } from '../../src/taskpane/engine/protocol.js'
import { EngineService } from '../../src/taskpane/engine/service.js'

export const TEST_LEXICON: LexiconSource[] = [
  {
    path: 'lexicon/herkomst.yml',
    text: `
- id: allochtoon
  category: herkomst
  severity: avoid
  message: "'Allochtoon' is verouderd en zet mensen apart."
  explanation: "Het CBS gebruikt dit woord sinds 2016 niet meer."
  alternatives:
    - text: persoon met een migratieachtergrond
      plural: mensen met een migratieachtergrond
  sources: [CBS]
  terms: [allochtoon]
  examples:
    flag:
      - In deze wijk wonen veel [allochtonen].
`,
  },
  {
    path: 'lexicon/klare-taal.yml',
    text: `
- id: middels
  category: klare-taal
  severity: hint
  message: "'Middels' is formeel; schrijf 'met' of 'via'."
  explanation: "Gewone woorden lezen makkelijker."
  alternatives: [met, via]
  sources: [RVO Schrijfwijzer]
  terms: [middels]
  inflect: false
  examples:
    flag:
      - Wij informeren u [middels] een brief.
- id: teneinde
  category: klare-taal
  severity: hint
  message: "'Teneinde' is formeel; schrijf 'om ... te'."
  explanation: "Schrijf 'om ... te'."
  alternatives: ["om ... te"]
  sources: [RVO Schrijfwijzer]
  terms: [teneinde]
  inflect: false
  examples:
    flag:
      - Wij vragen dit [teneinde] te beoordelen.
`,
  },
]

/** A port pair as the pane and the worker see them: Node's MessagePort with the DOM event API. */
function portPair(): [MessagePortLike, MessagePortLike, () => void] {
  const channel = new MessageChannel()
  const asLike = (port: typeof channel.port1): MessagePortLike => port as unknown as MessagePortLike
  channel.port1.start()
  channel.port2.start()
  return [asLike(channel.port1), asLike(channel.port2), () => {
    channel.port1.close()
    channel.port2.close()
  }]
}

/** The real engine behind a real message port, as in the worker, with `sources` as its lexicon. */
export function engineOver(sources: readonly LexiconSource[] = TEST_LEXICON): { client: PortEngineClient; close: () => void } {
  const [paneSide, workerSide, close] = portPair()
  new EngineService(() => sources).serve(workerSide)
  const client = new PortEngineClient(paneSide)
  return { client, close }
}
