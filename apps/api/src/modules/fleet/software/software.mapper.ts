import type { Software, SoftwareVersion } from '@factoryops/contracts';
import type { SoftwareVersionEntity } from './software-version.entity.js';
import type { SoftwareEntity } from './software.entity.js';

/** A software with the count of its versions and its highest stable one. */
export const toSoftwareDto = (
  software: SoftwareEntity,
  versions: { count: number; latestStable: string | null },
): Software => ({
  id: software.id,
  name: software.name,
  description: software.description,
  vendor: software.vendor,
  category: software.category,
  platform: software.platform,
  licence: software.licence,
  repositoryUrl: software.repositoryUrl,
  documentationUrl: software.documentationUrl,
  active: software.active,
  versionCount: versions.count,
  latestStableVersion: versions.latestStable,
  createdBy: software.createdBy,
  createdAt: software.createdAt.toISOString(),
  updatedAt: software.updatedAt.toISOString(),
  version: software.version,
});

export const toSoftwareVersionDto = (version: SoftwareVersionEntity): SoftwareVersion => ({
  id: version.id,
  softwareId: version.softwareId,
  versionNumber: version.versionNumber,
  releaseNotes: version.releaseNotes,
  changelog: version.changelog,
  channel: version.channel,
  requiresReboot: version.requiresReboot,
  compatibility: version.compatibility,
  releasedAt: version.releasedAt?.toISOString() ?? null,
  package:
    version.fileName !== null && version.fileSize !== null && version.fileSha256 && version.fileUploadedAt
      ? {
          fileName: version.fileName,
          size: version.fileSize,
          sha256: version.fileSha256,
          uploadedAt: version.fileUploadedAt.toISOString(),
        }
      : null,
  createdBy: version.createdBy,
  createdAt: version.createdAt.toISOString(),
  version: version.version,
});

export const softwareAuditSnapshot = ({
  id: _,
  createdAt: __,
  updatedAt: ___,
  version: ____,
  ...fields
}: SoftwareEntity) => fields;

export const softwareVersionAuditSnapshot = ({
  id: _,
  software: __,
  createdAt: ___,
  version: ____,
  fileUploadedAt: _____,
  ...fields
}: SoftwareVersionEntity) => fields;
