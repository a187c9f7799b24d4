import { z } from 'zod';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';
import { DeviceTypeCodeSchema } from './fleet-devices.js';

// ── Fleet software (seed 003): the catalogue, its versions (ordered by semver) and their packages ───

export const SOFTWARE_CATEGORIES = ['firmware', 'application', 'driver', 'tool'] as const;
export const SoftwareCategorySchema = z.enum(SOFTWARE_CATEGORIES);
export type SoftwareCategory = z.infer<typeof SoftwareCategorySchema>;

export const SOFTWARE_CATEGORY_LABELS: Record<SoftwareCategory, string> = {
  firmware: 'Firmware',
  application: 'Application',
  driver: 'Driver',
  tool: 'Tool',
};

export const RELEASE_CHANNELS = ['stable', 'beta'] as const;
export const ReleaseChannelSchema = z.enum(RELEASE_CHANNELS);
export type ReleaseChannel = z.infer<typeof ReleaseChannelSchema>;

/**
 * The header a package download carries, and an upload may carry: the SHA-256 of the file, in hex.
 * An upload whose file hashes otherwise is refused (400) and not kept.
 */
export const CHECKSUM_HEADER = 'x-checksum-sha256';

const Sha256Schema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, { message: 'A SHA-256 checksum is 64 hexadecimal digits' });

/** Which devices a version is for: their types (none: any type) and the least versions of other software it needs. */
export const CompatibilitySchema = z.strictObject({
  deviceTypes: z.array(DeviceTypeCodeSchema).max(50).default([]),
  /** Software name → the least version of it that must be installed: `{ "Mask Tester Firmware": "2.0.0" }`. */
  minimumVersions: z.record(z.string().trim().min(1).max(200), z.string().trim().min(1).max(100)).default({}),
});
export type Compatibility = z.output<typeof CompatibilitySchema>;

export const SoftwarePackageSchema = z.object({
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: isoDateTime,
});
export type SoftwarePackage = z.infer<typeof SoftwarePackageSchema>;

export const SoftwareVersionSchema = z.object({
  id: z.uuid(),
  softwareId: z.uuid(),
  /** A semantic version, as normalised (`v2.5` is refused, `v2.5.0` is stored `2.5.0`). */
  versionNumber: z.string(),
  releaseNotes: z.string(),
  changelog: z.string(),
  channel: ReleaseChannelSchema,
  requiresReboot: z.boolean(),
  compatibility: CompatibilitySchema,
  releasedAt: isoDateTime.nullable(),
  /** The uploaded package file, null until one is. */
  package: SoftwarePackageSchema.nullable(),
  createdBy: z.string(),
  createdAt: isoDateTime,
  version: z.number().int(),
});
export type SoftwareVersion = z.infer<typeof SoftwareVersionSchema>;

export const SoftwareSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  vendor: z.string(),
  category: SoftwareCategorySchema,
  platform: z.string(),
  licence: z.string(),
  repositoryUrl: z.string(),
  documentationUrl: z.string(),
  active: z.boolean(),
  versionCount: z.number().int(),
  /** The highest stable version by semver, null without one. */
  latestStableVersion: z.string().nullable(),
  createdBy: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type Software = z.infer<typeof SoftwareSchema>;
export const SoftwarePageSchema = pageOf(SoftwareSchema);

/** A software with its versions, highest semver first. */
export const SoftwareDetailSchema = SoftwareSchema.extend({ versions: z.array(SoftwareVersionSchema) });
export type SoftwareDetail = z.infer<typeof SoftwareDetailSchema>;

const text = (max: number) => z.string().trim().max(max);
const UrlOrEmptySchema = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, message: 'An http(s) address' }),
]);
const softwareFields = {
  name: text(200).min(1, { message: 'Give the software a name' }),
  description: text(5000),
  vendor: text(200),
  category: SoftwareCategorySchema,
  platform: text(100),
  licence: text(100),
  repositoryUrl: z.string().trim().max(500).pipe(UrlOrEmptySchema),
  documentationUrl: z.string().trim().max(500).pipe(UrlOrEmptySchema),
  active: z.boolean(),
};

/** `POST /fleet/software`: the name is unique whatever its case. */
export const CreateSoftwareInputSchema = z.strictObject({
  ...softwareFields,
  description: softwareFields.description.default(''),
  vendor: softwareFields.vendor.default(''),
  platform: softwareFields.platform.default(''),
  licence: softwareFields.licence.default(''),
  repositoryUrl: softwareFields.repositoryUrl.default(''),
  documentationUrl: softwareFields.documentationUrl.default(''),
  active: softwareFields.active.default(true),
});
export type CreateSoftwareInput = z.input<typeof CreateSoftwareInputSchema>;

export const UpdateSoftwareInputSchema = z.strictObject({
  name: softwareFields.name.optional(),
  description: softwareFields.description.optional(),
  vendor: softwareFields.vendor.optional(),
  category: softwareFields.category.optional(),
  platform: softwareFields.platform.optional(),
  licence: softwareFields.licence.optional(),
  repositoryUrl: softwareFields.repositoryUrl.optional(),
  documentationUrl: softwareFields.documentationUrl.optional(),
  active: softwareFields.active.optional(),
  version: z.number().int().optional(),
});
export type UpdateSoftwareInput = z.infer<typeof UpdateSoftwareInputSchema>;

export const SoftwareListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** Part of the name, vendor, platform or description. */
  q: z.string().trim().max(200).optional(),
  category: SoftwareCategorySchema.optional(),
  active: z.enum(['true', 'false']).optional(),
});

const versionFields = {
  /** Checked as semver by the API (400 naming `versionNumber` when it is not). */
  versionNumber: text(100).min(1, { message: 'Give the version number, like 2.5.0' }),
  releaseNotes: text(20000),
  changelog: text(20000),
  channel: ReleaseChannelSchema,
  requiresReboot: z.boolean(),
  compatibility: CompatibilitySchema,
  releasedAt: isoDateTime.nullable(),
};

/** `POST /fleet/software/{id}/versions`: the version number is unique within its software (409). */
export const CreateSoftwareVersionInputSchema = z.strictObject({
  ...versionFields,
  releaseNotes: versionFields.releaseNotes.default(''),
  changelog: versionFields.changelog.default(''),
  channel: versionFields.channel.default('stable'),
  requiresReboot: versionFields.requiresReboot.default(false),
  compatibility: versionFields.compatibility.default({ deviceTypes: [], minimumVersions: {} }),
  releasedAt: versionFields.releasedAt.default(null),
});
export type CreateSoftwareVersionInput = z.input<typeof CreateSoftwareVersionInputSchema>;

export const UpdateSoftwareVersionInputSchema = z.strictObject({
  versionNumber: versionFields.versionNumber.optional(),
  releaseNotes: versionFields.releaseNotes.optional(),
  changelog: versionFields.changelog.optional(),
  channel: versionFields.channel.optional(),
  requiresReboot: versionFields.requiresReboot.optional(),
  compatibility: versionFields.compatibility.optional(),
  releasedAt: versionFields.releasedAt.optional(),
  version: z.number().int().optional(),
});
export type UpdateSoftwareVersionInput = z.infer<typeof UpdateSoftwareVersionInputSchema>;

export const SoftwareVersionParamsSchema = z.strictObject({ id: z.uuid(), versionId: z.uuid() });

/** The optional checksum an upload may carry in {@link CHECKSUM_HEADER}. */
export const PackageChecksumSchema = Sha256Schema.optional();
