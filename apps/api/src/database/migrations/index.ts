import { DeviceTypeConfigTemplate1796415416631 } from './1796415416631-device-type-config-template.js';
import { FleetJsonTemplates1796411647464 } from './1796411647464-fleet-json-templates.js';
import { SentDocumentPdfs1796413564261 } from './1796413564261-sent-document-pdfs.js';
import { ClientMessages1796409272456 } from './1796409272456-client-messages.js';
import { ProductionSage1796409542988 } from './1796409542988-production-sage.js';
import { FleetDevicesSoftware1796411761897 } from './1796411761897-fleet-devices-software.js';
import { OperatorAccountUnique1796360000000 } from './1796360000000-operator-account-unique.js';
import { ProductionInventory1796357604975 } from './1796357604975-production-inventory.js';
import { ProductionBilling1796357885629 } from './1796357885629-production-billing.js';
import { OperatorNameIgnoringCase1796354434947 } from './1796354434947-operator-name-ignoring-case.js';
import { ProjectCounts1796353413981 } from './1796353413981-project-counts.js';
import { ProjectListIndexes1796347064146 } from './1796347064146-project-list-indexes.js';
import { ProductsAndDesignFiles1796344946140 } from './1796344946140-products-and-design-files.js';
import { ProductionLaserRuns1796345647205 } from './1796345647205-production-laser-runs.js';
import { ProductionPresetsOperators1796296515249 } from './1796296515249-production-presets-operators.js';
import { ProductionQueue1796295696249 } from './1796295696249-production-queue.js';
import { ProductionClientsProjects1796295197240 } from './1796295197240-production-clients-projects.js';
import { SixHourRollups1795452723948 } from './1795452723948-six-hour-rollups.js';
import { AlarmsNotifications1795447896329 } from './1795447896329-alarms-notifications.js';
import { CalibrationRollupsJobs1795445559192 } from './1795445559192-calibration-rollups-jobs.js';
import { RecurrenceDay1795441807950 } from './1795441807950-recurrence-day.js';
import { MaintenancePortal1795438721782 } from './1795438721782-maintenance-portal.js';
import { Maintenance1795438118255 } from './1795438118255-maintenance.js';
import { KioskLinks1795426190620 } from './1795426190620-kiosk-links.js';
import { Instruments1795424009520 } from './1795424009520-instruments.js';
import { Foundation1795419902848 } from './1795419902848-foundation.js';
/** Every migration, in order. `pnpm --filter @factoryops/api migration:generate <Name>` appends here. */
export const MIGRATIONS = [
  Foundation1795419902848,
  Instruments1795424009520,
  KioskLinks1795426190620,
  Maintenance1795438118255,
  MaintenancePortal1795438721782,
  RecurrenceDay1795441807950,
  CalibrationRollupsJobs1795445559192,
  AlarmsNotifications1795447896329,
  SixHourRollups1795452723948,
  ProductionClientsProjects1796295197240,
  ProductionQueue1796295696249,
  ProductionPresetsOperators1796296515249,
  ProductsAndDesignFiles1796344946140,
  ProductionLaserRuns1796345647205,
  ProjectListIndexes1796347064146,
  ProjectCounts1796353413981,
  OperatorNameIgnoringCase1796354434947,
  ProductionInventory1796357604975,
  ProductionBilling1796357885629,
  OperatorAccountUnique1796360000000,
  ClientMessages1796409272456,
  ProductionSage1796409542988,
  FleetJsonTemplates1796411647464,
  FleetDevicesSoftware1796411761897,
  SentDocumentPdfs1796413564261,
  DeviceTypeConfigTemplate1796415416631,
];
