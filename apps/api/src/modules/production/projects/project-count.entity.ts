import type { ProjectStatus } from '@factoryops/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many projects have each status, kept by triggers on production_projects (migration
 * ProjectCounts1796353413981) in the transaction of each change: the unfiltered and per-status project
 * lists take their totals from these few rows instead of counting every project. Only the triggers
 * write here.
 */
@Entity({ name: 'production_project_counts' })
export class ProjectCountEntity {
  @PrimaryColumn({ type: 'text' })
  status: ProjectStatus;

  @Column({ type: 'int' })
  projects: number;
}
