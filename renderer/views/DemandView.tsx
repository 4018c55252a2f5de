import { z } from 'zod';
import {
  ACTIVITY_KINDS,
  ACTIVITY_KIND_LABELS,
  ActivitySchema,
  CaseTypeSchema,
  ElasticWorkSchema,
  OneOffTaskSchema,
  RecurringTaskSchema,
  ROLE_CATEGORIES,
  ROLE_CATEGORY_LABELS,
  type Activity,
  type ActivityKind,
  type CaseType,
  type RoleCategory,
} from '../../models/scenario';
import { ScenarioNumber } from '../components/ScenarioNumber';
import { percentSchema } from '../components/TeamTable';
import { setCategories, setScenarioValue } from '../document/actions';
import { useScenarioScope } from '../document/context';

const CK = CaseTypeSchema.shape;
const positive = (what: string, max: number) =>
  z.number({ error: `${what} must be a number` }).positive(`${what} must be more than 0`).max(max, `${what} must be at most ${max}`) as z.ZodType<number | null>;

/** Demand (case types) and the work it brings (activities). */
export function DemandView() {
  const { scenario } = useScenarioScope();
  return (
    <>
      <section className="section" aria-labelledby="case-types-heading">
        <h2 id="case-types-heading">Case types</h2>
        <p className="hint">
          A case is a family; caseloads count children, weighted by complexity. The information button beside each value says where its
          default came from, or that you entered it.
        </p>
        <div className="cards">
          {scenario.caseTypes.map((c, i) => (
            <CaseTypeCard key={c.id} caseType={c} index={i} />
          ))}
        </div>
      </section>
      <section className="section" aria-labelledby="activities-heading">
        <h2 id="activities-heading">Activities</h2>
        <p className="hint">
          Each activity’s hours per occurrence (travel is added per visit), whether it is statutory, and the share a support role
          can take.
        </p>
        <ActivityTable />
      </section>
    </>
  );
}

function CaseTypeCard({ caseType: c, index }: { caseType: CaseType; index: number }) {
  const { scenario } = useScenarioScope();
  const at = `caseTypes[${index}]`;
  const activityName = (id: string) => scenario.activities.find((a) => a.id === id)?.name ?? id;
  const caseTypeName = (id: string) => scenario.caseTypes.find((x) => x.id === id)?.name ?? id;
  const durationPath = c.durationWeeks.type === 'fixed' ? `${at}.durationWeeks.value` : `${at}.durationWeeks.mean`;
  return (
    <article className="card" aria-labelledby={`case-${c.id}`}>
      <h3 id={`case-${c.id}`}>{c.name}</h3>
      <div className="card__fields">
        <Labelled text="Referrals a week">
          <ScenarioNumber path={`${at}.referralsPerWeek`} label={`Referrals a week, ${c.name}`} schema={CK.referralsPerWeek} />
        </Labelled>
        <Labelled text="Children per family">
          <ScenarioNumber path={`${at}.childrenPerFamily`} label={`Children per family, ${c.name}`} schema={CK.childrenPerFamily} />
        </Labelled>
        {c.durationWeeks.type !== 'empirical' && (
          <Labelled text="Time open, mean (weeks)">
            <ScenarioNumber path={durationPath} label={`Time open in weeks, ${c.name}`} schema={positive('Time open', 520)} />
          </Labelled>
        )}
        <Labelled text="Complexity weight">
          <ScenarioNumber path={`${at}.complexityWeight`} label={`Complexity weight, ${c.name}`} schema={CK.complexityWeight} />
        </Labelled>
        <Labelled text="Non-staff cost a week (£)">
          <ScenarioNumber path={`${at}.nonStaffCostPerWeek`} label={`Non-staff cost a week, ${c.name}`} schema={CK.nonStaffCostPerWeek} />
        </Labelled>
        {c.elastic && (
          <Labelled text={`Desired ${activityName(c.elastic.activityId).toLowerCase()}s a week`}>
            <ScenarioNumber
              path={`${at}.elastic.desiredPerWeek`}
              label={`Desired extra sessions a week, ${c.name}`}
              schema={ElasticWorkSchema.shape.desiredPerWeek}
            />
          </Labelled>
        )}
      </div>
      <CategoryChoice
        legend="Who may be the key worker"
        path={`${at}.keyWorkerCategories`}
        chosen={c.keyWorkerCategories}
        label={`Key workers for ${c.name}`}
      />
      {c.oneOff.length > 0 && (
        <div className="task-list">
          <h4>Deadlines from allocation</h4>
          <ul>
            {c.oneOff.map((t, j) => (
              <li key={`${t.activityId}-${j}`}>
                <span>{activityName(t.activityId)} within</span>
                <ScenarioNumber
                  path={`${at}.oneOff[${j}].dueWorkingDays`}
                  label={`${activityName(t.activityId)} due within (working days), ${c.name}`}
                  schema={OneOffTaskSchema.shape.dueWorkingDays}
                />
                <span>working days</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {c.recurring.length > 0 && (
        <div className="task-list">
          <h4>Recurring work while open</h4>
          <ul>
            {c.recurring.map((t, j) => (
              <li key={`${t.activityId}-${j}`}>
                <span>{activityName(t.activityId)} every</span>
                <ScenarioNumber
                  path={`${at}.recurring[${j}].everyWorkingDays`}
                  label={`${activityName(t.activityId)} every (working days), ${c.name}`}
                  schema={RecurringTaskSchema.shape.everyWorkingDays}
                />
                <span>working days{t.perChild ? ', per child' : ''}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {c.closure.length > 0 && (
        <div className="task-list">
          <h4>At closure</h4>
          <ul>
            {c.closure.map((x, j) => (
              <li key={`${x.toCaseTypeId}-${j}`}>
                <span>Steps to {caseTypeName(x.toCaseTypeId).toLowerCase()}:</span>
                <ScenarioNumber
                  path={`${at}.closure[${j}].probability`}
                  label={`Chance of stepping to ${caseTypeName(x.toCaseTypeId).toLowerCase()} (%), ${c.name}`}
                  schema={percentSchema('The chance')}
                  scale={100}
                />
                <span>%{x.keepKeyWorker ? ', same key worker' : ''}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

function Labelled({ text, children }: { text: string; children: React.ReactNode }) {
  return (
    <div className="labelled">
      <span className="labelled__text" aria-hidden="true">
        {text}
      </span>
      {children}
    </div>
  );
}

function CategoryChoice({ legend, path, chosen, label }: { legend: string; path: string; chosen: RoleCategory[]; label: string }) {
  const { store, scenario } = useScenarioScope();
  return (
    <details className="choice">
      <summary>
        {legend}: {chosen.length === 0 ? 'nobody' : chosen.map((c) => ROLE_CATEGORY_LABELS[c]).join(', ')}
      </summary>
      <fieldset className="choice__set">
        <legend className="visually-hidden">{label}</legend>
        {ROLE_CATEGORIES.map((category) => (
          <label key={category} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(category)}
              onChange={(e) => setCategories(store, scenario.id, path, category, e.target.checked, label)}
            />
            <span>{ROLE_CATEGORY_LABELS[category]}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

const AK = ActivitySchema.shape;

function ActivityTable() {
  const { store, scenario } = useScenarioScope();
  const set = (i: number, field: string, value: unknown, label: string) =>
    setScenarioValue(store, scenario.id, `activities[${i}].${field}`, value, { label });
  return (
    <div className="table-wrap">
      <table className="team-table">
        <caption>Activities and who can take a share</caption>
        <thead>
          <tr>
            <th scope="col">Activity</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Hours each time
            </th>
            <th scope="col">Statutory</th>
            <th scope="col" className="num">
              Delegable share (%)
            </th>
            <th scope="col">Delegated to</th>
          </tr>
        </thead>
        <tbody>
          {scenario.activities.map((a: Activity, i) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>
                <select
                  className="select"
                  aria-label={`Kind, ${a.name}`}
                  value={a.kind}
                  onChange={(e) => set(i, 'kind', e.target.value as ActivityKind, `${a.name}: kind`)}
                >
                  {ACTIVITY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {ACTIVITY_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              </td>
              <td className="num">
                <ScenarioNumber path={`activities[${i}].hours`} label={`Hours each time, ${a.name}`} schema={AK.hours} />
              </td>
              <td>
                <label className="check">
                  <input type="checkbox" checked={a.statutory} onChange={(e) => set(i, 'statutory', e.target.checked, `${a.name}: statutory`)} />
                  <span>{a.statutory ? 'Yes' : 'No'}</span>
                  <span className="visually-hidden">, {a.name} is statutory</span>
                </label>
              </td>
              <td className="num">
                <ScenarioNumber
                  path={`activities[${i}].delegableShare`}
                  label={`Delegable share (%), ${a.name}`}
                  schema={percentSchema('The delegable share')}
                  scale={100}
                />
              </td>
              <td>
                <CategoryChoice legend="To" path={`activities[${i}].delegateTo`} chosen={a.delegateTo} label={`Delegated to, ${a.name}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
