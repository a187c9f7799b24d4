export { type ChannelClimate, climateAt, defaultClimate } from './climate.js';
export { FAULT_MODES, type FaultMode, isFaultMode } from './faults.js';
export { type InstrumentOptions, SimulatedInstrument } from './instrument.js';
export { type SimulatedEndpoint, type Simulator, type SimulatorOptions, startSimulator } from './server.js';
