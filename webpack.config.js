/**
 * Builds the Word add-in into dist/: the task pane, its engine worker (with
 * the lexicon bundled as raw YAML), the preview page with a simulated Word
 * document, icons and the manifest. `npm run build` for production
 * (WOORDWIJS_BASE_URL sets the hosting URL), `npm start` for development.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import CopyWebpackPlugin from 'copy-webpack-plugin'
import HtmlWebpackPlugin from 'html-webpack-plugin'

const root = dirname(fileURLToPath(import.meta.url))
const DEV_URL = 'https://localhost:3000'
/** The manifest's development URLs use this port. */
const PORT = 3000
const OFFICE_CDN = 'https://appsforoffice.microsoft.com'

/**
 * The manifest rewrite for production: the pure function in
 * scripts/manifest/rewrite.ts (loaded through tsx, a dev dependency), and its
 * check, so a bad base URL fails the build instead of shipping a broken manifest.
 */
async function manifestRewriter(baseUrl) {
  const { tsImport } = await import('tsx/esm/api')
  const rewrite = await tsImport('./scripts/manifest/rewrite.ts', import.meta.url)
  const check = await tsImport('./scripts/manifest/check.ts', import.meta.url)
  return (xml) => {
    const rewritten = rewrite.rewriteManifestUrls(xml, baseUrl)
    const problems = check.checkManifest(rewritten, { baseUrl: rewrite.normaliseBaseUrl(baseUrl) })
    if (problems.length > 0) {
      throw new Error(`manifest.xml voor ${baseUrl} klopt niet:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`)
    }
    return rewritten
  }
}

/** Content-Security-Policy for the pages: nothing leaves except to self. */
function contentSecurityPolicy({ dev, officeFromCdn }) {
  const scripts = ["'self'", ...(officeFromCdn ? [OFFICE_CDN] : [])]
  // Dev only: the dev server's live-reload socket.
  const connect = ["'self'", ...(dev ? [`ws://localhost:${PORT}`, `wss://localhost:${PORT}`] : [])]
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "worker-src 'self'",
    `connect-src ${connect.join(' ')}`,
    // Fluent UI (Griffel) and Office's host scripts inject styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')
}

export default async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production'
  const baseUrl = process.env.WOORDWIJS_BASE_URL ?? DEV_URL
  if (!dev && !/^https:\/\//.test(baseUrl)) {
    throw new Error(`WOORDWIJS_BASE_URL moet een https://-adres zijn, niet '${baseUrl}'`)
  }
  if (!dev && baseUrl === DEV_URL) {
    console.warn(`woordwijs: WOORDWIJS_BASE_URL is niet gezet; dist/manifest.xml wijst naar ${DEV_URL}.`)
  }
  const rewrite = dev || baseUrl === DEV_URL ? (xml) => xml : await manifestRewriter(baseUrl)
  const manifestPath = join(root, 'manifest.xml')
  const manifest = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : undefined
  const needsCommands = manifest?.includes('commands.html') ?? false
  const hasAssets = existsSync(join(root, 'assets'))

  const page = (name, chunk, title, officeScript, officeFromCdn, template = 'src/taskpane/page.html') =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: join(root, template),
      chunks: chunk ? [chunk] : [],
      scriptLoading: 'module',
      templateParameters: {
        title,
        csp: contentSecurityPolicy({ dev, officeFromCdn }),
        officeScript,
        bodyClass: name,
        // The generated icons when present; else an empty icon, so browsers do not ask for /favicon.ico.
        icon: existsSync(join(root, 'assets/icon-32.png')) ? 'assets/icon-32.png' : 'data:,',
      },
    })

  const copies = [
    // The real office.js, for the preview page only: it runs outside Office there.
    { from: 'node_modules/@microsoft/office-js/dist/office.js', to: 'office-js/office.js' },
    // office.js loads this table on start-up, also outside Office.
    { from: 'node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js', to: 'office-js/o15apptofilemappingtable.js' },
  ]
  if (hasAssets) copies.push({ from: 'assets', to: 'assets' })
  if (manifest) {
    copies.push({
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => rewrite(content.toString('utf8')),
    })
  }

  return {
    mode: dev ? 'development' : 'production',
    context: root,
    target: 'web',
    // No eval-based source maps: the pages' CSP forbids eval, in development too.
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
      ...(needsCommands ? { commands: './src/taskpane/commands.ts' } : {}),
    },
    output: {
      path: join(root, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
      // Relative to the page: every file sits next to the HTML. ('auto' guesses from the last <script>,
      // which in Word can be a host script office.js injected from its CDN.)
      publicPath: '',
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      // Sources import './x.js' (NodeNext style) for files that are x.ts.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2022', jsx: 'automatic' },
        },
        // The lexicon is bundled as raw text for the engine worker.
        { test: /\.ya?ml$/, type: 'asset/source' },
      ],
    },
    plugins: [
      page('taskpane', 'taskpane', 'woordwijs', `${OFFICE_CDN}/lib/1/hosted/office.js`, true),
      page('preview', 'preview', 'woordwijs — voorbeeld', 'office-js/office.js', false),
      // The manifest's SupportUrl and GetStarted link: a static page, no script.
      page('help', undefined, 'woordwijs — hulp', '', false, 'src/taskpane/help.html'),
      ...(needsCommands ? [page('commands', 'commands', 'woordwijs', `${OFFICE_CDN}/lib/1/hosted/office.js`, true)] : []),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    performance: { hints: false },
    cache: dev ? { type: 'filesystem', buildDependencies: { config: [fileURLToPath(import.meta.url)] } } : false,
    stats: 'errors-warnings',
    // Only `webpack serve` needs certificates; a build never touches them.
    ...(env.WEBPACK_SERVE ? { devServer: await devServer({ sideload: Boolean(env.sideload) }) } : {}),
  }
}

/** HTTPS with the Office dev certificates; plain HTTP (preview only) when they are unavailable. */
async function devServer({ sideload }) {
  let server = { type: 'http' }
  if (process.env.WOORDWIJS_HTTP === '1') {
    console.warn('woordwijs: WOORDWIJS_HTTP=1, dus gewone http: alleen het voorbeeld werkt, Word laadt de invoegtoepassing niet.')
    return devServerOptions(server, sideload)
  }
  try {
    const certs = await import('office-addin-dev-certs')
    const options = await (certs.getHttpsServerOptions ?? certs.default?.getHttpsServerOptions)()
    server = { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } }
  } catch (error) {
    console.warn(
      `woordwijs: geen Office-ontwikkelcertificaten (${error instanceof Error ? error.message.trim() : String(error)}).\n` +
        'woordwijs: de server draait daarom over gewone http: het voorbeeld werkt, Word laadt de invoegtoepassing niet.',
    )
  }
  return devServerOptions(server, sideload)
}

/** Where to look, and on Windows and macOS (`npm start`) the add-in sideloaded into desktop Word. */
function announce(scheme, sideload) {
  const base = `${scheme}://localhost:${PORT}`
  console.log(
    [
      '',
      'woordwijs draait:',
      `  voorbeeld (zonder Word):  ${base}/preview.html`,
      `  taakvenster (in Word):    ${base}/taskpane.html`,
      `  manifest:                 ${join(root, 'manifest.xml')}`,
      '',
    ].join('\n'),
  )
  if (!sideload) return
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    console.log('woordwijs: geen Word voor desktop op dit systeem; open het voorbeeld in je browser.')
    return
  }
  if (scheme !== 'https') {
    console.warn('woordwijs: Word laadt alleen https; installeer de certificaten met `npx office-addin-dev-certs install`.')
    return
  }
  // The dev server already runs, so office-addin-debugging only registers, sideloads and opens Word.
  const child = spawn('npx', ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'word', '--dev-server-port', String(PORT)], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  child.on('exit', (code) => {
    if (code !== 0) console.warn(`woordwijs: sideloaden in Word is mislukt (code ${code}); het voorbeeld werkt wel.`)
  })
}

function devServerOptions(server, sideload) {
  return {
    onListening: () => announce(server.type, sideload),
    port: PORT,
    host: 'localhost',
    server,
    static: false,
    hot: false,
    liveReload: true,
    client: { overlay: { errors: true, warnings: false } },
    devMiddleware: { writeToDisk: false },
  }
}
