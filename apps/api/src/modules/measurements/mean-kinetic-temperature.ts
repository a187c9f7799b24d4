import { DEFAULT_ACTIVATION_ENERGY_K } from '@factoryops/contracts';
import { HeldSampleAccumulator, type HeldSegment, type HoldWindow } from './held-samples.js';

const KELVIN_OFFSET = 273.15;

export interface MeanKineticTemperatureOptions extends HoldWindow {
  /** Activation energy as ΔH/R, in kelvin (83.144 kJ/mol ≈ 10 000 K). */
  activationEnergyK?: number;
}

/**
 * Time-weighted mean kinetic temperature in °C (null without samples):
 * MKT = (ΔH/R) / −ln(Σ wᵢ·exp(−(ΔH/R)/Tᵢ) / Σ wᵢ), Tᵢ in kelvin, wᵢ the hold durations.
 */
export class MeanKineticTemperature extends HeldSampleAccumulator<number | null> {
  private readonly activationEnergyK: number;
  private weightMs = 0;
  private weightedFactor = 0;

  constructor({ activationEnergyK = DEFAULT_ACTIVATION_ENERGY_K, ...window }: MeanKineticTemperatureOptions) {
    super(window);
    if (!(activationEnergyK > 0)) throw new RangeError(`Invalid activation energy ${activationEnergyK} K`);
    this.activationEnergyK = activationEnergyK;
  }

  protected take({ sample, start, end }: HeldSegment): void {
    const kelvin = sample.temperature + KELVIN_OFFSET;
    this.weightMs += end - start;
    this.weightedFactor += (end - start) * Math.exp(-this.activationEnergyK / kelvin);
  }

  protected summarise(): number | null {
    if (this.weightMs === 0) return null;
    return this.activationEnergyK / -Math.log(this.weightedFactor / this.weightMs) - KELVIN_OFFSET;
  }
}
