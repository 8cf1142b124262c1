import type { Root } from 'nlcst'
import { unified, type Plugin } from 'unified'
import { VFile } from 'vfile'
import { parseDutchChunks, retextResplit } from '../../src/core/index.js'
import type { PlainPluginOptions } from '../../src/core/plain/options.js'

/**
 * Run one structural plugin on its own, as a retext plugin is tested: parse
 * per chunk, re-split, run, and return `[marked text, ruleId]` pairs.
 */
export function run(plugin: Plugin<[PlainPluginOptions?], Root>, text: string, options?: PlainPluginOptions): [string, string][] {
  const processor = unified().use(retextResplit).use(plugin, options)
  const file = new VFile({ value: text })
  for (const tree of parseDutchChunks(text)) processor.runSync(tree, file)
  return file.messages.map((message) => {
    const start = message.place && 'start' in message.place ? message.place.start.offset! : -1
    const end = message.place && 'end' in message.place ? message.place.end.offset! : -1
    return [text.slice(start, end), message.ruleId ?? '']
  })
}

/** Only the marked texts. */
export function marked(plugin: Plugin<[PlainPluginOptions?], Root>, text: string, options?: PlainPluginOptions): string[] {
  return run(plugin, text, options).map(([words]) => words)
}
