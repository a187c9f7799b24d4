/** The calibration page, for links from the monitoring dashboard. */
export const CALIBRATION_PATH = '/monitoring/calibration';
