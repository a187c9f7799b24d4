import { AlarmEntity } from '../modules/measurements/alarm.entity.js';
import { AlarmRuleEntity } from '../modules/measurements/alarm-rule.entity.js';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { ApiKeyEntity } from '../modules/auth/api-key.entity.js';
import { AuthSessionEntity } from '../modules/auth/auth-session.entity.js';
import { LoginAttemptEntity } from '../modules/auth/login-attempt.entity.js';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { CertificateEntity } from '../modules/calibration/certificate.entity.js';
import { CustomerEntity } from '../modules/customers/customer.entity.js';
import { InstrumentEntity } from '../modules/instruments/instrument.entity.js';
import { SensorEntity } from '../modules/instruments/sensor.entity.js';
import { IdempotencyKeyEntity } from '../modules/idempotency/idempotency-key.entity.js';
import { JobEntity } from '../modules/jobs/job.entity.js';
import { MachineEntity } from '../modules/maintenance/machine.entity.js';
import { MachineWarningEntity } from '../modules/maintenance/machine-warning.entity.js';
import { MaintenanceRequestEntity } from '../modules/maintenance/maintenance-request.entity.js';
import { RequestImageEntity } from '../modules/maintenance/request-image.entity.js';
import { RequestNoteEntity } from '../modules/maintenance/request-note.entity.js';
import { TeamEntity } from '../modules/maintenance/team.entity.js';
import { OutboxMessageEntity } from '../modules/notifications/outbox-message.entity.js';
import { ReadingEntity } from '../modules/measurements/reading.entity.js';
import { LaserRunEntity } from '../modules/production/laser-runs/laser-run.entity.js';
import { InventoryItemEntity } from '../modules/production/inventory/inventory-item.entity.js';
import { InventoryTransactionEntity } from '../modules/production/inventory/inventory-transaction.entity.js';
import { ProjectCountEntity } from '../modules/production/projects/project-count.entity.js';
import { ProjectEntity } from '../modules/production/projects/project.entity.js';
import { OperatorEntity } from '../modules/production/operators/operator.entity.js';
import { PresetEntity } from '../modules/production/presets/preset.entity.js';
import { QueueItemEntity } from '../modules/production/queue/queue-item.entity.js';
import { DesignFileEntity } from '../modules/production/design-files/design-file.entity.js';
import { ProductEntity } from '../modules/production/products/product.entity.js';
import { ProjectProductEntity } from '../modules/production/products/project-product.entity.js';
import { BillingLineEntity } from '../modules/production/billing/billing-line.entity.js';
import { InvoiceEntity } from '../modules/production/billing/invoice.entity.js';
import { CommunicationEntity } from '../modules/production/communications/communication.entity.js';
import { MessageAutomationEntity } from '../modules/production/communications/message-automation.entity.js';
import { MessageTemplateEntity } from '../modules/production/communications/message-template.entity.js';
import { QuoteEntity } from '../modules/production/billing/quote.entity.js';
import { CompanySettingsEntity } from '../modules/production/settings/company-settings.entity.js';
import { SageConnectionEntity } from '../modules/production/sage/sage-connection.entity.js';
import { SageContactLinkEntity, SageInvoiceLinkEntity } from '../modules/production/sage/sage-link.entity.js';
import { SageOauthStateEntity } from '../modules/production/sage/sage-oauth-state.entity.js';
import { SageSyncCallEntity, SageSyncEntity } from '../modules/production/sage/sage-sync.entity.js';
import { DeviceTypeEntity } from '../modules/fleet/devices/device-type.entity.js';
import { DeviceEntity } from '../modules/fleet/devices/device.entity.js';
import { SoftwareVersionEntity } from '../modules/fleet/software/software-version.entity.js';
import { SoftwareEntity } from '../modules/fleet/software/software.entity.js';
import {
  HourRollupEntity,
  MinuteRollupEntity,
  SixHourRollupEntity,
} from '../modules/measurements/reading-rollup.entity.js';
import { JsonTemplateEntity } from '../modules/fleet/templates/json-template.entity.js';

/** Every entity, listed explicitly (no globs: the API is ESM and runs from src in tests). */
export const ENTITIES = [
  UserEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  ApiKeyEntity,
  LoginAttemptEntity,
  AuditEntryEntity,
  InstrumentEntity,
  SensorEntity,
  ReadingEntity,
  MinuteRollupEntity,
  HourRollupEntity,
  SixHourRollupEntity,
  CertificateEntity,
  JobEntity,
  AlarmRuleEntity,
  AlarmEntity,
  OutboxMessageEntity,
  IdempotencyKeyEntity,
  TeamEntity,
  MachineEntity,
  MachineWarningEntity,
  MaintenanceRequestEntity,
  RequestNoteEntity,
  RequestImageEntity,
  CustomerEntity,
  ProjectEntity,
  ProjectCountEntity,
  QueueItemEntity,
  PresetEntity,
  OperatorEntity,
  ProductEntity,
  ProjectProductEntity,
  DesignFileEntity,
  LaserRunEntity,
  InventoryItemEntity,
  InventoryTransactionEntity,
  CompanySettingsEntity,
  QuoteEntity,
  InvoiceEntity,
  BillingLineEntity,
  MessageTemplateEntity,
  MessageAutomationEntity,
  CommunicationEntity,
  SageConnectionEntity,
  SageOauthStateEntity,
  SageContactLinkEntity,
  SageInvoiceLinkEntity,
  SageSyncEntity,
  SageSyncCallEntity,
  DeviceTypeEntity,
  DeviceEntity,
  SoftwareEntity,
  SoftwareVersionEntity,
  JsonTemplateEntity,
];
