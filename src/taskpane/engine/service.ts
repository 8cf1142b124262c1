/**
 * The engine side of the worker protocol: compiles the lexicon once, on first
 * use, and answers check requests. Independent of the worker global so it can
 * run over any message port (a Worker in the pane, a MessageChannel in tests).
 */
import { check, compileLexicon, LexiconError, loadLexicon, type CompiledLexicon, type LexiconSource } from '../../core/index.js'
import { documentPass } from './document.js'
import { DOCUMENT_RULES, type EngineRequest, type EngineResponse, type MessagePortLike, type ParagraphFindings } from './protocol.js'

/** Paragraph checks leave the document rules to the document pass. */
const PARAGRAPH_IGNORE = [...DOCUMENT_RULES]

export class EngineService {
  private lexicon: CompiledLexicon | undefined

  constructor(private readonly sources: () => readonly LexiconSource[]) {}

  handle(request: EngineRequest): EngineResponse {
    try {
      this.lexicon ??= compileLexicon(loadLexicon([...this.sources()]))
      const lexicon = this.lexicon
      if (request.type === 'document') {
        return { type: 'document', requestId: request.requestId, result: documentPass(request.items, lexicon) }
      }
      const results: ParagraphFindings[] = request.items.map((item) => ({
        id: item.id,
        text: item.text,
        findings: check(item.text, { lexicon, ignore: PARAGRAPH_IGNORE }),
      }))
      return { type: 'checked', requestId: request.requestId, results }
    } catch (error) {
      if (error instanceof LexiconError) {
        return {
          type: 'error',
          requestId: request.requestId,
          message: 'De woordenlijst van woordwijs bevat fouten en kon niet worden geladen.',
          detail: error.message,
        }
      }
      return {
        type: 'error',
        requestId: request.requestId,
        message: 'De controle is onverwacht mislukt.',
        detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }
    }
  }

  /** Answer every request arriving on `port`. */
  serve(port: MessagePortLike): void {
    port.addEventListener('message', (event: MessageEvent) => {
      port.postMessage(this.handle(event.data as EngineRequest))
    })
  }
}
