/** Shown when taskpane.html is opened outside Word, e.g. straight in a browser. */
import { FluentProvider, Link, webLightTheme } from '@fluentui/react-components'

export function NotInWord() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16, maxWidth: 480 }}>
        <h1 style={{ fontSize: 20, margin: '0 0 8px' }}>woordwijs</h1>
        <p>
          Deze pagina werkt alleen als invoegtoepassing in Microsoft Word. Open Word en kies woordwijs onder
          Invoegtoepassingen.
        </p>
        <p>
          Wilt u zien hoe het werkt zonder Word? Open dan het <Link href="preview.html">voorbeeld</Link>.
        </p>
      </main>
    </FluentProvider>
  )
}
