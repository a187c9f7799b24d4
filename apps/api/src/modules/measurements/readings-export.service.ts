import { Injectable } from '@nestjs/common';
import type { ExportQuerySchema } from '@factoryops/contracts';
import copyStreams from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AppConfig } from '../../config/app-config.js';
import { HistoryService } from './history.service.js';
import { checkOutClient } from '../../database/pg-pool.js';

type ExportQuery = z.output<typeof ExportQuerySchema>;

export interface ReadingsExport {
  /** How many rows the file holds (from the rollups, exact), known before the first byte. */
  rows: number;
  fileName: string;
  stream: NodeJS.ReadableStream & { destroy(error?: Error): void };
}

/**
 * CSV export streamed by PostgreSQL itself (`COPY … TO STDOUT`) through to the client: memory stays
 * flat whatever the range. Times are written in the site's time zone with their offset.
 */
@Injectable()
export class ReadingsExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly history: HistoryService,
    private readonly config: AppConfig,
  ) {}

  async open(query: ExportQuery): Promise<ReadingsExport> {
    const windows = await Promise.all(
      query.sensorIds.map((id) => this.history.window(id, query.from, query.to)),
    );
    const counts = await Promise.all(windows.map((window) => this.history.count(window)));
    const rows = counts.reduce((sum, count) => sum + count, 0);
    const number = (column: string) =>
      query.decimal === ','
        ? `replace(round(${column}::numeric, 4)::text, '.', ',')`
        : `round(${column}::numeric, 4)`;
    // Ids are validated UUIDs and the bounds come from parsed dates: safe to write into COPY, which takes no parameters.
    const ids = query.sensorIds.map((id) => `'${id}'`).join(', ');
    const sql = `COPY (
      SELECT to_char(r.time, 'YYYY-MM-DD"T"HH24:MI:SS.MSTZH:TZM') AS time, i.name AS instrument, s.name AS sensor,
             ${number('r.temperature_raw')} AS temperature_raw_c, ${number('r.temperature')} AS temperature_c,
             ${number('r.humidity_raw')} AS humidity_raw_pct, ${number('r.humidity')} AS humidity_pct,
             c.number AS certificate
        FROM readings r
        JOIN sensors s ON s.id = r.sensor_id JOIN instruments i ON i.id = s.instrument_id
        LEFT JOIN calibration_certificates c ON c.id = r.certificate_id
       WHERE r.sensor_id IN (${ids}) AND r.time >= '${new Date(query.from).toISOString()}' AND r.time < '${new Date(query.to).toISOString()}'
       ORDER BY r.sensor_id, r.time
    ) TO STDOUT WITH (FORMAT csv, HEADER true, DELIMITER '${query.separator}')`;

    // A COPY cut short leaves the connection mid-protocol: it is then discarded, not reused.
    const { client, release } = await checkOutClient(this.dataSource);
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(`SELECT set_config('TimeZone', $1, true)`, [this.config.env.SITE_TIME_ZONE]);
    } catch (error) {
      release(error as Error);
      throw error;
    }
    const stream = client.query(copyStreams.to(sql));
    stream.on('end', () => {
      client.query('COMMIT').then(
        () => release(),
        (error: Error) => release(error),
      );
    });
    stream.on('error', (error) => release(error));
    stream.on('close', () => {
      if (!stream.readableEnded) release(new Error('export cancelled'));
    });
    const stamp = (text: string) => text.slice(0, 16).replace(/[:T]/g, (c) => (c === 'T' ? '_' : ''));
    return { rows, fileName: `readings_${stamp(query.from)}_${stamp(query.to)}.csv`, stream };
  }
}
