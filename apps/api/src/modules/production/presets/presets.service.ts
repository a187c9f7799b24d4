import { Injectable } from '@nestjs/common';
import type {
  CreatePresetInputSchema,
  Page,
  Preset,
  PresetListQuerySchema,
  UpdatePresetInput,
} from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import { lockForChange } from '../../../database/locked-row.js';
import type { z } from 'zod';
import { applyPatch } from '../../../common/patch.js';
import { NotFoundError } from '../../../common/domain-errors.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import { announceProductionChange } from '../production-changes.js';
import { PresetEntity } from './preset.entity.js';

const toPresetDto = (preset: PresetEntity): Preset => ({
  id: preset.id,
  name: preset.name,
  material: preset.material,
  thickness: preset.thickness,
  powerW: preset.powerW,
  speedMmMin: preset.speedMmMin,
  frequencyHz: preset.frequencyHz,
  gasType: preset.gasType,
  gasPressureBar: preset.gasPressureBar,
  nozzleMm: preset.nozzleMm,
  focusMm: preset.focusMm,
  active: preset.active,
  notes: preset.notes,
  createdAt: preset.createdAt.toISOString(),
  updatedAt: preset.updatedAt.toISOString(),
  version: preset.version,
});
const snapshot = ({ id: _, createdAt: __, updatedAt: ___, version: ____, ...fields }: PresetEntity) => fields;

/** Machine presets (seed module 6): settings per material and thickness, activated and deactivated. */
@Injectable()
export class PresetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(query: z.output<typeof PresetListQuerySchema>): Promise<Page<Preset>> {
    const builder = this.dataSource.getRepository(PresetEntity).createQueryBuilder('p');
    if (query.material)
      builder.andWhere('lower(p.material) = lower(:material)', { material: query.material });
    if (query.thickness) builder.andWhere('p.thickness = :thickness', { thickness: query.thickness });
    if (query.active) builder.andWhere('p.active = :active', { active: query.active === 'true' });
    const presets = await builder
      .orderBy('p.material')
      .addOrderBy('p.thickness')
      .addOrderBy('p.name')
      .getMany();
    return { items: presets.map(toPresetDto), total: presets.length };
  }

  async get(id: string): Promise<Preset> {
    const preset = await this.dataSource.getRepository(PresetEntity).findOneBy({ id });
    if (!preset) throw new NotFoundError('Preset', id);
    return toPresetDto(preset);
  }

  create(input: z.output<typeof CreatePresetInputSchema>): Promise<Preset> {
    return this.unitOfWork.run(async (work) => {
      const preset = await work.manager.save(work.manager.create(PresetEntity, input));
      const stored = await work.manager.findOneByOrFail(PresetEntity, { id: preset.id });
      await work.audit({
        entityType: 'production_preset',
        entityId: preset.id,
        action: 'create',
        changes: createdFields(snapshot(stored)),
      });
      announceProductionChange(work, 'preset', preset.id, 'create');
      return toPresetDto(stored);
    });
  }

  update(id: string, input: UpdatePresetInput): Promise<Preset> {
    return this.unitOfWork.run(async (work) => {
      const preset = await lockForChange(work.manager, PresetEntity, id, input.version, 'Preset');
      const before = snapshot(preset);
      const { version: _, ...changes } = input;
      applyPatch(preset, changes);
      await work.manager.save(preset);
      const stored = await work.manager.findOneByOrFail(PresetEntity, { id });
      const changed = diffFields(before, snapshot(stored));
      if (Object.keys(changed).length > 0) {
        await work.audit({
          entityType: 'production_preset',
          entityId: id,
          action: 'update',
          changes: changed,
        });
        announceProductionChange(work, 'preset', id, 'update');
      }
      return toPresetDto(stored);
    });
  }
}
