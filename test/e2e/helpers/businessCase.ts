/**
 * Prints what the business case of a preset against the traditional team must show, computed in
 * Node from `simulate()` and formatted by the same functions the report uses:
 * `tsx businessCase.ts PRESET TRAINING_DAYS`.
 */
import { presetScenario } from '../../../models/presets';
import { simulate } from '../../../models/simulate';
import { keyFigures, paybackInWords, evaluateBusinessCase } from '../../../renderer/engine/businessCase';
import { formatAmount } from '../../../renderer/format';

const [presetId = '', trainingDays = '0'] = process.argv.slice(2);
const scenario = presetScenario(presetId);
scenario.implementation.trainingDaysPerFte = Number(trainingDays);
const comparator = presetScenario('traditional');
const result = simulate(scenario, { engine: 'capacity', compareTo: comparator });
const evaluation = evaluateBusinessCase(scenario, comparator, 'e2e');
if (!evaluation.ok) throw new Error(evaluation.issues[0]?.message);
const shown = Object.fromEntries(keyFigures(evaluation.businessCase).map((f) => [f.id, f.shown]));
const paybackMonths = result.money.paybackMonths as number | null;
process.stdout.write(
  JSON.stringify({
    scenarioName: scenario.name,
    comparatorName: comparator.name,
    staffCost: formatAmount(result.money.staffCostPerYear as number),
    npv: formatAmount(result.money.npv as number),
    payback: shown['payback'],
    paybackWords: paybackInWords(paybackMonths, scenario.economics.years),
    paybackMonths,
    money: result.money,
  }),
);
