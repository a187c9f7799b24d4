/** The alarm pages, for the navigation, the dashboard and links between them. */
export const ALARMS_PATH = '/monitoring/alarms';
export const ALARM_HISTORY_PATH = `${ALARMS_PATH}/history`;
export const ALARM_RULES_PATH = `${ALARMS_PATH}/rules`;
export const OUTBOX_PATH = `${ALARMS_PATH}/outbox`;
export const alarmRulePath = (sensorId: string) => `${ALARM_RULES_PATH}/${sensorId}`;
