/** Realistic room climate for one channel: a slow daily swing plus a little sensor noise. */
export interface ChannelClimate {
  /** Mean temperature, °C. */
  temperature: number;
  /** Half the day's temperature range, °C. */
  temperatureSwing: number;
  /** Mean relative humidity, %. */
  humidity: number;
  /** Half the day's humidity range, %. Humidity falls as the room warms. */
  humiditySwing: number;
  /** Hour of the day when the room is warmest. */
  warmestHour: number;
}

/** A small seeded generator (mulberry32), so a simulator run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The reading at a moment: temperature to 3 decimals, humidity to 2, as the 1620A reports them. */
export function climateAt(climate: ChannelClimate, at: Date, random: () => number) {
  const hours = at.getUTCHours() + at.getUTCMinutes() / 60 + at.getUTCSeconds() / 3600;
  const phase = Math.cos(((hours - climate.warmestHour) / 24) * 2 * Math.PI);
  const noise = () => (random() - 0.5) * 2;
  return {
    temperature: round(climate.temperature + climate.temperatureSwing * phase + noise() * 0.03, 3),
    humidity: round(
      Math.min(100, Math.max(0, climate.humidity - climate.humiditySwing * phase + noise() * 0.15)),
      2,
    ),
  };
}

/** Different but plausible climates for instrument `index`, channel `channel` (1 or 2). */
export function defaultClimate(index: number, channel: number): ChannelClimate {
  const offset = (index * 2 + channel) % 7;
  return {
    temperature: 21 + offset * 0.6,
    temperatureSwing: 0.8 + (offset % 3) * 0.3,
    humidity: 42 + offset * 2.5,
    humiditySwing: 3 + (offset % 4),
    warmestHour: 14 + (offset % 3),
  };
}
