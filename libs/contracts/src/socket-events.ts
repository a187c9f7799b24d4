import type { Alarm } from './alarms.js';
import type { RecomputeJob } from './calibration.js';
import type { SageChangedEvent } from './production-sage.js';

/**
 * Socket.IO namespaces and the typed events on them. The handshake carries the same
 * access token (or API key) as REST: `io('/ops', { auth: { token } })`.
 */
export const OPS_NAMESPACE = '/ops';

/** Names of entities whose changes are announced, so clients refresh what they show. */
export type EntityName = 'user' | 'api_key' | 'session' | 'instrument' | 'sensor';

export interface EntityChangedEvent {
  entity: EntityName;
  id: string;
  action: string;
  at: string;
}

export interface SessionRevokedEvent {
  reason: string;
}

/** Something on the maintenance side changed: boards, machine lists and dashboards refetch. */
export interface MaintenanceChangedEvent {
  /** The request that changed, if one did. */
  requestId: string | null;
  machineId: string;
  /** create, assign, start, complete, scrap, note, warning, warning-cleared, machine… */
  action: string;
  /** The request's status after the change, if a request changed. */
  status: string | null;
  at: string;
}

/** A certificate was added, fixed or removed, or a recompute job made progress. */
export interface CalibrationChangedEvent {
  sensorId: string;
  certificateId: string | null;
  /** True when certificates changed (corrections at ingest and due dates are stale); false for job progress. */
  certificatesChanged: boolean;
  /** The recompute job, when the change is its progress. */
  job: RecomputeJob | null;
  at: string;
}

/** An alarm was raised, went up a level, was acknowledged, cleared or escalated. */
export interface AlarmChangedEvent {
  alarm: Alarm;
  action: 'raised' | 'level' | 'acknowledged' | 'cleared' | 'escalated';
  at: string;
}

/** The production queue changed: an item was queued, started, completed, cancelled or moved. */
export interface ProductionQueueEvent {
  itemId: string;
  projectId: string;
  /** queued, start, complete, cancel… */
  action: string;
  /** The item's status after the change. */
  status: string;
  at: string;
}

/** A laser run was logged or deleted: run lists, project and operator pages and the dashboard refetch. */
export interface ProductionRunEvent {
  runId: string;
  projectId: string;
  operatorId: string;
  action: 'create' | 'delete';
  runDate: string;
  at: string;
}

/** What a production change is about, beside the queue and laser runs (which have events of their own). */
export type ProductionEntity =
  | 'client'
  | 'project'
  | 'product'
  | 'project_product'
  | 'design_file'
  | 'preset'
  | 'operator'
  | 'inventory_item'
  | 'inventory_transaction'
  | 'quote'
  | 'invoice'
  | 'company_settings'
  | 'message_template'
  | 'message_automation'
  | 'communication';

/**
 * A client, project, product, project line, design file, preset, operator, inventory item, quote, invoice,
 * message template or automation, or the company details were created, edited (a project's status and hold, a document's status included)
 * or deleted, or stock moved (`inventory_transaction`, create; an item whose stock went to or under its
 * reorder level, or back above it: `inventory_item`, status), or a message to a client was queued
 * (`communication`, create): production pages refetch. What the queue
 * does (a POP queueing a project, an item started or completed moving its project) is told by
 * `production:queue`.
 */
export interface ProductionChangedEvent {
  entity: ProductionEntity;
  id: string;
  action: 'create' | 'update' | 'status' | 'delete';
  at: string;
}

/** What a fleet change is about. */
export type FleetEntity = 'json_template';

/** A fleet record was created, edited or deleted: fleet pages refetch. */
export interface FleetChangedEvent {
  entity: FleetEntity;
  id: string;
  action: 'create' | 'update' | 'delete';
  at: string;
}

export interface OpsServerToClientEvents {
  'entity:changed': (event: EntityChangedEvent) => void;
  /** To everyone with `maintenance.view`; ids only, so clients refetch what they may see. */
  'maintenance:changed': (event: MaintenanceChangedEvent) => void;
  'session:revoked': (event: SessionRevokedEvent) => void;
  /** To everyone with `measurements.view`: a certificate changed or its recompute job moved on. */
  'calibration:changed': (event: CalibrationChangedEvent) => void;
  /** To everyone with `measurements.view`. */
  'alarm:changed': (event: AlarmChangedEvent) => void;
  /** To everyone with `production.view`: queue pages and the production dashboard refetch. */
  'production:queue': (event: ProductionQueueEvent) => void;
  /** To everyone with `production.view`. */
  'production:runs': (event: ProductionRunEvent) => void;
  /** To everyone with `production.view`: any other production change. */
  'production:changed': (event: ProductionChangedEvent) => void;
  /** To everyone with `production.sage.manage`: the Sage connection or a sync moved on. */
  'production:sage': (event: SageChangedEvent) => void;
  /** To everyone with `fleet.view`: a fleet record changed. */
  'fleet:changed': (event: FleetChangedEvent) => void;
}

export interface OpsClientToServerEvents {
  ping: (ack: (reply: { at: string; userId: string }) => void) => void;
}

/** `/live`: readings and instrument states. Subscriptions are checked against `measurements.view`. */
export const LIVE_NAMESPACE = '/live';

export interface LiveReading {
  sensorId: string;
  instrumentId: string;
  channel: number;
  /** The instrument's time stamp. */
  time: string;
  temperature: number;
  humidity: number;
  temperatureRaw: number;
  humidityRaw: number;
  /** Whether this reading is written to history (readings between storage ticks are only shown live). */
  stored: boolean;
}

export interface InstrumentStateEvent {
  instrumentId: string;
  state: 'connecting' | 'connected' | 'error' | 'disconnected';
  message: string | null;
  at: string;
}

export interface AnomalyEvent {
  instrumentId: string;
  sensorId: string | null;
  kind: 'zero' | 'stale';
  message: string;
  at: string;
}

export interface LiveSubscription {
  instrumentIds?: string[];
  sensorIds?: string[];
}

export interface LiveServerToClientEvents {
  reading: (reading: LiveReading) => void;
  'instrument:state': (event: InstrumentStateEvent) => void;
  anomaly: (event: AnomalyEvent) => void;
}

export type InstrumentCommand = 'connect' | 'disconnect' | 'reconnect' | 'connect-all';

export interface LiveClientToServerEvents {
  subscribe: (subscription: LiveSubscription, ack: (reply: { ok: boolean; error?: string }) => void) => void;
  unsubscribe: (subscription: LiveSubscription) => void;
  /** Needs `instruments.operate`; the outcome arrives as `instrument:state` events. */
  command: (
    request: { command: InstrumentCommand; instrumentId?: string },
    ack: (reply: { ok: boolean; error?: string }) => void,
  ) => void;
}
