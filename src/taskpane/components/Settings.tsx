/**
 * What the user dismissed and can take back, and what this Word cannot do.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useSession, useSessionState } from './context.js'

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalS}` },
})

/** A list of dismissed rules, each with a button to have it reported again. */
function TakeBackList(props: {
  items: readonly { key: string; label: string }[]
  empty: string
  onTakeBack: (key: string) => void
}) {
  const styles = useStyles()
  if (props.items.length === 0) return <p className={styles.text}>{props.empty}</p>
  return (
    <ul className={styles.list}>
      {props.items.map((item) => (
        <li key={item.key} className={styles.row}>
          <span>{item.label}</span>
          <Button size="small" appearance="subtle" aria-label={`'${item.label}' weer melden`} onClick={() => props.onTakeBack(item.key)}>
            Weer melden
          </Button>
        </li>
      ))}
    </ul>
  )
}

export function Settings() {
  const styles = useStyles()
  const session = useSession()
  const { allowed, documentIgnores, capabilities, marks } = useSessionState()
  const limits: string[] = []
  if (capabilities && !capabilities.comments) {
    limits.push('Opmerkingen toevoegen kan niet in deze versie van Word (Word 2021 of ouder). Gebruik "Toon in document".')
  }
  if (capabilities && !capabilities.paragraphEvents) {
    limits.push('Deze versie van Word meldt wijzigingen niet. Controleer opnieuw nadat u de tekst hebt aangepast.')
  }

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={styles.heading}>
        Instellingen
      </h2>
      <Accordion collapsible multiple>
        {capabilities?.annotations && (
          <AccordionItem value="marks">
            <AccordionHeader size="small">Markeringen in de tekst</AccordionHeader>
            <AccordionPanel>
              <Switch
                checked={marks}
                label="Bevindingen in de tekst onderstrepen"
                onChange={(_, data) => session.setMarks(data.checked)}
              />
              <p className={styles.text}>
                Word onderstreept de woorden tijdelijk; het document verandert niet. Word gebruikt hiervoor een dienst van
                Microsoft 365, daarom staat dit standaard uit.
              </p>
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="allowed">
          <AccordionHeader size="small">Altijd toegestaan ({allowed.length})</AccordionHeader>
          <AccordionPanel>
            <p className={styles.text}>Deze woorden meldt woordwijs u nooit meer, in geen enkel document.</p>
            <TakeBackList
              items={allowed.map((rule) => ({ key: rule.ruleId, label: rule.word }))}
              empty="Nog geen woorden."
              onTakeBack={(ruleId) => session.disallow(ruleId)}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="document">
          <AccordionHeader size="small">Genegeerd in dit document ({documentIgnores.length})</AccordionHeader>
          <AccordionPanel>
            <p className={styles.text}>Opgeslagen in het document: iedereen die het opent, ziet deze termen niet gemeld.</p>
            <TakeBackList
              items={documentIgnores.map((ruleId) => ({ key: ruleId, label: ruleId }))}
              empty="Nog geen termen."
              onTakeBack={(ruleId) => void session.unignoreInDocument(ruleId)}
            />
          </AccordionPanel>
        </AccordionItem>
        {limits.length > 0 && (
          <AccordionItem value="limits">
            <AccordionHeader size="small">Beperkingen van deze Word-versie</AccordionHeader>
            <AccordionPanel>
              {limits.map((limit) => (
                <p key={limit} className={styles.text}>
                  {limit}
                </p>
              ))}
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </section>
  )
}
