import { z } from 'zod';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';
import { MoneySchema, ThicknessSchema } from './production.js';

// ── Design files (DXF, PDF, LightBurn, images) on projects and products ──────────────────────────

/** What a design file holds, checked from its content as well as its extension. */
export const DESIGN_FILE_KINDS = ['dxf', 'pdf', 'lightburn', 'image'] as const;
export const DesignFileKindSchema = z.enum(DESIGN_FILE_KINDS);
export type DesignFileKind = z.infer<typeof DesignFileKindSchema>;

/** The extensions a design file may have, and the kind each must hold. */
export const DESIGN_FILE_EXTENSIONS: Record<string, DesignFileKind> = {
  dxf: 'dxf',
  pdf: 'pdf',
  lbrn: 'lightburn',
  lbrn2: 'lightburn',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
};

/** The largest design file the server takes unless `UPLOAD_MAX_MB` says otherwise. */
export const DESIGN_FILE_MAX_MB_DEFAULT = 50;

export const DesignFileSchema = z.object({
  id: z.uuid(),
  /** The name it was uploaded with, used again when it is downloaded. */
  name: z.string(),
  kind: DesignFileKindSchema,
  contentType: z.string(),
  size: z.number().int(),
  /** Hex SHA-256 of the content, to tell copies apart. */
  sha256: z.string(),
  /** Whether `GET /production/files/{id}/preview` has a picture: an SVG of a DXF, a PNG of a PDF's first page, the image itself. */
  hasPreview: z.boolean(),
  projectId: z.uuid().nullable(),
  productId: z.uuid().nullable(),
  uploadedBy: z.string().nullable(),
  uploadedAt: isoDateTime,
});
export type DesignFile = z.infer<typeof DesignFileSchema>;
export const DesignFileListSchema = z.object({ items: z.array(DesignFileSchema) });

// ── Products (seed module 4) ─────────────────────────────────────────────────────────────────────

const text = (max: number) => z.string().trim().max(max);

export const ProductSchema = z.object({
  id: z.uuid(),
  /** `SKU-0001`; unique, compared without regard to case. */
  sku: z.string(),
  name: z.string(),
  description: z.string(),
  material: z.string(),
  thickness: z.string().nullable(),
  unitPrice: MoneySchema.nullable(),
  notes: z.string(),
  /** How many projects list it. */
  projectCount: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type Product = z.infer<typeof ProductSchema>;
export const ProductDetailSchema = ProductSchema.extend({ files: z.array(DesignFileSchema) });
export type ProductDetail = z.infer<typeof ProductDetailSchema>;

const productFields = {
  sku: text(30)
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9._-]*$/, {
      message: 'Letters, digits, dots, dashes or underscores, like SKU-0001',
    }),
  name: text(200).min(1, { message: 'Give the product a name' }),
  description: text(5000),
  material: text(100),
  thickness: ThicknessSchema.nullable(),
  unitPrice: MoneySchema.nullable(),
  notes: text(5000),
};
export const CreateProductInputSchema = z.strictObject({
  ...productFields,
  description: productFields.description.default(''),
  material: productFields.material.default(''),
  thickness: productFields.thickness.default(null),
  unitPrice: productFields.unitPrice.default(null),
  notes: productFields.notes.default(''),
});
export type CreateProductInput = z.input<typeof CreateProductInputSchema>;
export const UpdateProductInputSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(productFields).map(([key, schema]) => [key, schema.optional()])),
  version: z.number().int().optional(),
} as { [K in keyof typeof productFields]: z.ZodOptional<(typeof productFields)[K]> } & {
  version: z.ZodOptional<z.ZodNumber>;
});
export type UpdateProductInput = z.infer<typeof UpdateProductInputSchema>;
export const ProductListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** SKU, or part of the name or description. */
  q: z.string().trim().max(200).optional(),
  material: z.string().trim().max(100).optional(),
});
export const ProductPageSchema = pageOf(ProductSchema);
/** The next free `SKU-####`, offered when a product is created. */
export const SuggestedSkuSchema = z.object({ sku: z.string() });

// ── A project's products (the seed's ProjectProduct) ─────────────────────────────────────────────

export const ProjectProductSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  productId: z.uuid(),
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  /** Copied from the product when it was added, so later price changes leave the project alone. */
  unitPrice: MoneySchema.nullable(),
  /** quantity × unit price, or null without a price. */
  lineTotal: z.string().nullable(),
  version: z.number().int(),
});
export type ProjectProduct = z.infer<typeof ProjectProductSchema>;
export const ProjectProductListSchema = z.object({
  items: z.array(ProjectProductSchema),
  /** The sum of the priced lines. */
  total: z.string(),
});
export type ProjectProductList = z.infer<typeof ProjectProductListSchema>;

const quantity = z
  .number()
  .int({ message: 'A whole number of pieces' })
  .min(1, { message: 'The quantity must be at least 1' })
  .max(1_000_000);
export const AddProjectProductInputSchema = z.strictObject({ productId: z.uuid(), quantity });
export type AddProjectProductInput = z.infer<typeof AddProjectProductInputSchema>;
export const UpdateProjectProductInputSchema = z.strictObject({
  quantity: quantity.optional(),
  unitPrice: MoneySchema.nullable().optional(),
  version: z.number().int().optional(),
});
export type UpdateProjectProductInput = z.infer<typeof UpdateProjectProductInputSchema>;
export const ProjectProductParamsSchema = z.strictObject({ id: z.uuid(), lineId: z.uuid() });
