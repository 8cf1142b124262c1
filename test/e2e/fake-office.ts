/**
 * Bundle `fake-office-entry.ts` into one classic script, to be served in
 * place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 */
import { join } from 'node:path'
import webpack from 'webpack'
import { ROOT } from './build.js'

export async function bundleFakeOffice(): Promise<string> {
  const outputPath = join(ROOT, 'test-results', '.fake-office')
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: ROOT,
    target: 'web',
    entry: './test/e2e/fake-office-entry.ts',
    output: { path: outputPath, filename: 'office.js', iife: true },
    resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
    module: { rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2022' } }] },
  })
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error ?? new Error('no stats')) : resolve(result))),
  )
  await new Promise((resolve) => compiler.close(resolve))
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'))
  const { readFile } = await import('node:fs/promises')
  return readFile(join(outputPath, 'office.js'), 'utf8')
}
