export { compare, kpiDeltas, scenarioChanges, type Change, type KpiDelta } from './compare';
export { goalSeek, type GoalSeek } from './goalSeek';
export { getAt, getNumber, parsePath, setAt } from './paths';
export { range, sweep, type SweepAxis, type SweepPoint } from './sweep';
export { numericPaths, tornado, type TornadoBar } from './tornado';
