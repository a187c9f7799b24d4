import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth-session';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { instrumentListQuery } from '../instruments/queries';
import { AlarmRuleForm } from './alarm-rule-form';
import type { SavedRuleNotice } from './alarm-rules-page';
import { ALARM_RULES_PATH } from './paths';
import { alarmRuleQuery } from './queries';
import './alarms.css';

/** One sensor's alarm rule, editable for those who manage alarms. */
export function AlarmRulePage() {
  const { sensorId = '' } = useParams();
  const canManage = useCurrentUser().permissions.includes('alarms.manage');
  const navigate = useNavigate();
  const rule = useQuery(alarmRuleQuery(sensorId));
  const instruments = useQuery(instrumentListQuery);
  const instrument = instruments.data?.items.find((i) => i.sensors.some((s) => s.id === sensorId));
  const sensor = instrument?.sensors.find((s) => s.id === sensorId);
  const name = sensor?.name ?? 'sensor';

  const description = [
    instrument ? `${instrument.name}${sensor?.location ? ` · ${sensor.location}` : ''}` : null,
    rule.data
      ? rule.data.version === 0
        ? 'Default rule: nothing stored for this sensor yet.'
        : `Last changed ${formatDateTime(rule.data.updatedAt)}.`
      : null,
  ]
    .filter(Boolean)
    .join(' — ');

  return (
    <div className="alarms-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={ALARM_RULES_PATH}>Alarm rules</Link> ›
      </nav>
      <PageHeader title={`Alarm rule: ${name}`} description={description || undefined} />
      <ErrorBanner error={rule.error} />
      {rule.data ? (
        <div className="rule-card">
          <AlarmRuleForm
            key={sensorId}
            rule={rule.data}
            storageIntervalSeconds={instrument?.storageIntervalSeconds}
            editable={canManage}
            onCancel={() => navigate(ALARM_RULES_PATH)}
            onSaved={() =>
              navigate(ALARM_RULES_PATH, { state: { savedRuleOf: name } satisfies SavedRuleNotice })
            }
          />
        </div>
      ) : rule.isPending ? (
        <p className="muted">Loading…</p>
      ) : null}
    </div>
  );
}
