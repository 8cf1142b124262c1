/**
 * One finding: the sentence with the words marked, what is wrong, why, and
 * what to do about it. Every action is a button, reachable by keyboard.
 */
import {
  Badge,
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useId, useState } from 'react'
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../core/categories.js'
import { excerpt } from '../model/excerpt.js'
import { alternativesOf, type ReviewItem } from '../model/review.js'
import { partLabel } from '../model/session.js'
import { useSession, useSessionState } from './context.js'
import { SEVERITY_BADGE } from './labels.js'

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  avoid: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  reconsider: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  hint: { borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  top: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  meta: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', paddingTop: '2px' },
  ignore: { flexShrink: 0, marginTop: '-2px', marginRight: `calc(-1 * ${tokens.spacingHorizontalXS})` },
  category: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `2px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    padding: '0 2px',
    borderRadius: tokens.borderRadiusSmall,
  },
  message: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  alternatives: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyle: 'none', margin: 0, padding: 0 },
  hints: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  why: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    marginTop: tokens.spacingVerticalXS,
  },
  sources: { color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})`,
  },
  disclosure: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    color: tokens.colorBrandForegroundLink,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { textDecoration: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  chevron: { display: 'inline-block', width: '12px' },
})

export interface FindingCardProps {
  readonly item: ReviewItem
  /** Where focus goes when this card disappears after an action. */
  readonly onGone: () => void
}

export function FindingCard({ item, onGone }: FindingCardProps) {
  const styles = useStyles()
  const session = useSession()
  const state = useSessionState()
  const [showWhy, setShowWhy] = useState(false)
  const titleId = useId()
  const whyId = useId()
  const { finding, paragraph } = item
  const busy = state.busy.has(item.key)
  const canComment = state.capabilities?.comments ?? false
  const { before, match, after } = excerpt(paragraph.text, finding.start, finding.end)
  const part = partLabel(paragraph)
  const { insertable, hints } = alternativesOf(finding)

  const dismiss = (action: () => void | Promise<void>) => async () => {
    await action()
    onGone()
  }

  return (
    <article
      id={`finding-${item.key}`}
      className={`${styles.card} ${styles[finding.severity]}`}
      aria-labelledby={titleId}
      tabIndex={-1}
      data-rule={finding.ruleId}
    >
      <div className={styles.top}>
        <div className={styles.meta}>
          <Badge appearance="tint" color={SEVERITY_BADGE[finding.severity]} shape="rounded">
            {SEVERITY_LABELS[finding.severity]}
          </Badge>
          <span className={styles.category}>
            {CATEGORY_LABELS[finding.category]}
            {part ? ` · ${part}` : ''}
          </span>
        </div>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" appearance="subtle" className={styles.ignore} disabled={busy} aria-label={`Negeren: '${finding.text}'`}>
              Negeren…
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={dismiss(() => session.ignoreOnce(item))}>Negeren (alleen hier)</MenuItem>
              <MenuItem onClick={dismiss(() => session.ignoreInDocument(item))}>Negeren in dit document</MenuItem>
              <MenuItem onClick={dismiss(() => session.allowAlways(item))}>Altijd toestaan</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <blockquote className={styles.quote}>
        {before}
        <mark className={styles.mark}>{match}</mark>
        {after}
      </blockquote>
      <Text as="h3" id={titleId} className={styles.message} style={{ margin: 0 }}>
        {finding.message}
      </Text>

      {insertable.length > 0 && (
        <div>
          <span className={styles.label} id={`${titleId}-alt`}>
            Vervang door:
          </span>
          <ul className={styles.alternatives} aria-labelledby={`${titleId}-alt`}>
            {insertable.map((suggestion) => (
              <li key={suggestion}>
                <Button
                  size="small"
                  appearance="outline"
                  disabled={busy}
                  aria-label={`Vervang '${finding.text}' door '${suggestion}'`}
                  onClick={() => void session.replace(item, suggestion)}
                >
                  {suggestion}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {hints.length > 0 && (
        <Text className={styles.hints}>
          {insertable.length > 0 ? 'Ook mogelijk' : 'Denk aan'}: {hints.map((hint) => `‘${hint}’`).join(', ')}
        </Text>
      )}

      <div>
        <button type="button" className={styles.disclosure} aria-expanded={showWhy} aria-controls={whyId} onClick={() => setShowWhy(!showWhy)}>
          <span aria-hidden="true" className={styles.chevron}>
            {showWhy ? '▾' : '▸'}
          </span>
          Waarom?
        </button>
        <div id={whyId} className={styles.why} hidden={!showWhy}>
          <div>{finding.explanation}</div>
          {finding.sources.length > 0 && <div className={styles.sources}>Bronnen: {finding.sources.join(', ')}</div>}
        </div>
      </div>

      <div className={styles.actions}>
        <Button size="small" appearance="subtle" disabled={busy} onClick={() => void session.select(item)}>
          Toon in document
        </Button>
        {canComment && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => void session.addComment(item)}>
            Als opmerking toevoegen
          </Button>
        )}
      </div>
    </article>
  )
}
