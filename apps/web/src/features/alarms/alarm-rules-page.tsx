import type { Quantity, QuantityLevels } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '../../app/auth-session';
import { type Column, DataTable } from '../../components/data-table';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { instrumentListQuery } from '../instruments/queries';
import { AlarmTabs } from './alarm-tabs';
import { alarmRulePath } from './paths';
import { alarmRulesQuery } from './queries';
import { type RuleRow, ruleRows } from './rule-sensors';
import { communicationText, delayText, levelsLines, notifyText } from './rule-values';
import './alarms.css';

/** What the rule page says after saving, through the navigation's state. */
export interface SavedRuleNotice {
  savedRuleOf: string;
}

/** A quantity's levels, a line a level; "Off" (muted) when none is set. */
function Levels({ levels, quantity }: { levels: QuantityLevels; quantity: Quantity }) {
  const lines = levelsLines(levels, quantity);
  if (lines.length === 0) return <span className="muted">Off</span>;
  return (
    <ul className="rule-levels-summary">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

const sensorName = (row: RuleRow) => row.sensor?.name ?? 'Unknown sensor';

const COLUMNS: Column<RuleRow>[] = [
  {
    header: 'Sensor',
    cell: (row) => (
      <>
        <strong>{sensorName(row)}</strong>
        <div className="muted small">
          {row.instrument?.name ?? row.rule.sensorId}
          {row.sensor?.location ? ` · ${row.sensor.location}` : ''}
        </div>
      </>
    ),
  },
  {
    header: 'Watching',
    cell: ({ rule }) => (
      <span className="badges">
        <span className={`badge ${rule.enabled ? 'badge--ok' : 'badge--muted'}`}>
          {rule.enabled ? 'On' : 'Off'}
        </span>
        {rule.version === 0 ? (
          <span className="badge badge--outline" title="Nothing stored for this sensor yet">
            Default
          </span>
        ) : null}
      </span>
    ),
  },
  { header: 'Temperature', cell: ({ rule }) => <Levels levels={rule.temperature} quantity="temperature" /> },
  { header: 'Humidity', cell: ({ rule }) => <Levels levels={rule.humidity} quantity="humidity" /> },
  {
    header: 'Delay, communication',
    secondary: true,
    cell: ({ rule, instrument }) => (
      <>
        Delay: {delayText(rule.delaySeconds)}
        <div className="muted small">
          Communication loss:{' '}
          {communicationText(rule.communicationLossIntervals, instrument?.storageIntervalSeconds)}
        </div>
      </>
    ),
  },
  {
    header: 'Notify',
    secondary: true,
    cell: ({ rule }) => (
      <>
        {notifyText(rule)}
        <div className="muted small">Calibration notices {rule.calibrationDue ? 'on' : 'off'}</div>
      </>
    ),
  },
];

/** Each sensor's alarm rule in brief; those who manage alarms open one to change it, others to read it. */
export function AlarmRulesPage() {
  const canManage = useCurrentUser().permissions.includes('alarms.manage');
  const rules = useQuery(alarmRulesQuery);
  const instruments = useQuery(instrumentListQuery);
  const saved = (useLocation().state as SavedRuleNotice | null)?.savedRuleOf;
  const rows = rules.data && instruments.data ? ruleRows(rules.data, instruments.data.items) : undefined;

  const columns: Column<RuleRow>[] = [
    ...COLUMNS,
    {
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (row) => (
        <Link className="button button--small" to={alarmRulePath(row.rule.sensorId)}>
          {canManage ? 'Edit' : 'View'}
          <span className="visually-hidden"> rule of {sensorName(row)}</span>
        </Link>
      ),
    },
  ];

  return (
    <div className="alarms-page">
      <PageHeader
        title="Alarm rules"
        description="Per sensor: the levels that raise a warning or an alarm, how long they must last, and who is told."
      />
      <AlarmTabs />
      {saved ? (
        <p className="banner banner--info alarms-banner" role="status">
          The rule of {saved} is saved; it applies from the next reading.
        </p>
      ) : null}
      <ErrorBanner error={rules.error ?? instruments.error} />
      <DataTable columns={columns} rows={rows} rowKey={(row) => row.rule.sensorId} empty="No sensors yet." />
    </div>
  );
}
