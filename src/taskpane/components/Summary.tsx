/**
 * The overview after a check: counts per severity and per vlechtwerk factor,
 * and the filters that decide which findings the list shows.
 */
import {
  Badge,
  Checkbox,
  Dropdown,
  Field,
  Option,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { CATEGORY_IDS, CATEGORY_LABELS, SEVERITIES, SEVERITY_LABELS, type Severity } from '../../core/categories.js'
import { toggleCategory, type ListView } from '../model/filters.js'
import type { Summary as SummaryData } from '../model/review.js'
import { useSession, useSessionState } from './context.js'
import { SEVERITY_BADGE } from './labels.js'

/** "Show from" reads better as what you get than as the lowest level. */
const MIN_SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  hint: 'Alles, ook tips',
  reconsider: 'Vermijden en heroverwegen',
  avoid: 'Alleen vermijden',
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  severities: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', listStyle: 'none', margin: 0, padding: 0 },
  factors: {
    margin: 0,
    padding: 0,
    border: 'none',
    display: 'flex',
    flexDirection: 'column',
  },
  legend: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, padding: 0, marginBottom: tokens.spacingVerticalXXS },
  factor: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', minHeight: '28px' },
  count: { minWidth: '24px', justifyContent: 'center' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
})

export function Summary({ summary }: { readonly summary: SummaryData }) {
  const styles = useStyles()
  const session = useSession()
  const { filters } = useSessionState()
  // Show factors that have findings, and hidden ones so they can be switched back on.
  const factors = CATEGORY_IDS.filter((id) => summary.byCategory[id] > 0 || filters.hiddenCategories.includes(id))

  return (
    <section className={styles.section} aria-labelledby="summary-heading">
      <h2 id="summary-heading" className={styles.heading}>
        Overzicht
      </h2>
      <ul className={styles.severities} aria-label="Bevindingen per ernst">
        {SEVERITIES.map((severity) => (
          <li key={severity}>
            <Badge appearance="tint" color={SEVERITY_BADGE[severity]} shape="rounded" size="large">
              {SEVERITY_LABELS[severity]}: {summary.bySeverity[severity]}
            </Badge>
          </li>
        ))}
      </ul>

      {factors.length > 0 && (
        <fieldset className={styles.factors}>
          <legend className={styles.legend}>Factoren (vink uit om te verbergen)</legend>
          {factors.map((id) => (
            <div key={id} className={styles.factor}>
              <Checkbox
                label={CATEGORY_LABELS[id]}
                checked={!filters.hiddenCategories.includes(id)}
                onChange={(_, data) => session.setFilters(toggleCategory(filters, id, data.checked === true))}
              />
              <Badge appearance="outline" color="informative" className={styles.count} aria-label={`${summary.byCategory[id]} bevindingen`}>
                {summary.byCategory[id]}
              </Badge>
            </div>
          ))}
        </fieldset>
      )}

      <div className={styles.row}>
        <Field label="Toon" size="small">
          <Dropdown
            size="small"
            value={MIN_SEVERITY_LABELS[filters.minSeverity]}
            selectedOptions={[filters.minSeverity]}
            onOptionSelect={(_, data) => {
              const value = data.optionValue as Severity | undefined
              if (value) session.setFilters({ ...filters, minSeverity: value })
            }}
          >
            {[...SEVERITIES].reverse().map((severity) => (
              <Option key={severity} value={severity}>
                {MIN_SEVERITY_LABELS[severity]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <TabList
        size="small"
        selectedValue={filters.view}
        onTabSelect={(_, data) => session.setFilters({ ...filters, view: data.value as ListView })}
        aria-label="Volgorde van de bevindingen"
      >
        <Tab value="document">Op volgorde</Tab>
        <Tab value="factor">Per factor</Tab>
      </TabList>
    </section>
  )
}
