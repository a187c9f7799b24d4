import { Injectable } from '@nestjs/common';
import type { SensorSeries } from '@factoryops/contracts';
import { DataSource } from 'typeorm';

/** Stored readings of the last minutes for every active sensor: what the dashboard's sparklines start from. */
@Injectable()
export class RecentReadingsService {
  constructor(private readonly dataSource: DataSource) {}

  async recent(minutes: number): Promise<SensorSeries[]> {
    const rows: { sensor_id: string; time: Date; temperature: number; humidity: number }[] =
      await this.dataSource.query(
        `SELECT r.sensor_id, r.time, r.temperature, r.humidity
         FROM readings r JOIN sensors s ON s.id = r.sensor_id
        WHERE s.active AND r.time >= now() - make_interval(mins => $1) AND r.time <= now()
        ORDER BY r.sensor_id, r.time`,
        [minutes],
      );
    const series = new Map<string, SensorSeries>();
    for (const row of rows) {
      let entry = series.get(row.sensor_id);
      if (!entry) {
        entry = { sensorId: row.sensor_id, points: [] };
        series.set(row.sensor_id, entry);
      }
      entry.points.push({
        time: row.time.toISOString(),
        temperature: row.temperature,
        humidity: row.humidity,
      });
    }
    return [...series.values()];
  }
}
