/**
 * The pane's side of the engine: sends paragraphs to the worker and resolves
 * with their findings. Components depend on the `EngineClient` interface only.
 */
import type { CheckItem, DocumentItem, DocumentResult, EngineRequest, EngineResponse, MessagePortLike, ParagraphFindings } from './protocol.js'

export interface EngineClient {
  /** Each paragraph on its own; the document rules are left to `checkDocument`. */
  check(items: readonly CheckItem[]): Promise<readonly ParagraphFindings[]>
  /** All paragraphs in document order: the document rules and the readability report. */
  checkDocument(items: readonly DocumentItem[]): Promise<DocumentResult>
}

type Answer = Exclude<EngineResponse, { readonly type: 'error' }>
/** What a request sends besides its id. */
type Outgoing<Request = EngineRequest> = Request extends EngineRequest ? Omit<Request, 'requestId'> : never

/** The engine failed; `message` is Dutch and meant for the user. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message)
    this.name = 'EngineError'
  }
}

interface Pending {
  resolve(answer: Answer): void
  reject(error: Error): void
}

export class PortEngineClient implements EngineClient {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  /** Set when the engine can no longer answer (its worker failed to start). */
  private broken: EngineError | undefined

  constructor(private readonly port: MessagePortLike) {
    port.addEventListener('message', this.onMessage)
  }

  async check(items: readonly CheckItem[]): Promise<readonly ParagraphFindings[]> {
    const answer = await this.send({ type: 'check', items })
    if (answer.type !== 'checked') throw mismatch(answer.type)
    return answer.results
  }

  async checkDocument(items: readonly DocumentItem[]): Promise<DocumentResult> {
    const answer = await this.send({ type: 'document', items })
    if (answer.type !== 'document') throw mismatch(answer.type)
    return answer.result
  }

  private send(request: Outgoing): Promise<Answer> {
    if (this.broken) return Promise.reject(this.broken)
    const requestId = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject })
      this.port.postMessage({ ...request, requestId })
    })
  }

  /** Reject everything in flight, e.g. when the worker itself crashed. */
  failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error)
    this.pending.clear()
  }

  /** The engine is gone for good: fail what is waiting and every later request, instead of hanging. */
  fail(error: EngineError): void {
    this.broken = error
    this.failAll(error)
  }

  dispose(): void {
    this.port.removeEventListener('message', this.onMessage)
    this.failAll(new EngineError('De controle is gestopt.', 'client disposed'))
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const response = event.data as EngineResponse
    const pending = this.pending.get(response.requestId)
    if (!pending) return
    this.pending.delete(response.requestId)
    if (response.type === 'error') pending.reject(new EngineError(response.message, response.detail))
    else pending.resolve(response)
  }
}

function mismatch(type: string): EngineError {
  return new EngineError('De controle is onverwacht mislukt.', `unexpected engine answer '${type}'`)
}

/** Start the engine worker bundled by webpack and connect a client to it. */
export function startWorkerEngine(): PortEngineClient {
  // A classic worker: webpack bundles it with importScripts chunk loading, which every Office webview supports.
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { name: 'woordwijs-engine' })
  const client = new PortEngineClient(worker)
  // The service answers every request, errors included; an error event means the worker itself did not load.
  worker.addEventListener('error', (event) => {
    client.fail(new EngineError('De controle kon niet starten.', event.message || 'worker error'))
  })
  return client
}
