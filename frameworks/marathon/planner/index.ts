// Marathon deployment planner: pure functions over app sets and instance counts (reference §7). No I/O, no clocks.
export { isScaleOnlyChange, deepEqual } from './app-equality.js';
export { dependencyGraph, dependencyLevels, parentGroup } from './dependency-graph.js';
export type { DependencyGraph, MissingDependency } from './dependency-graph.js';
export { dependencyProblems } from './dependency-problems.js';
export type { DependencyProblem } from './dependency-problems.js';
export { planDeployment } from './plan.js';
export type { PlanInput } from './plan.js';
export { rollbackTarget } from './rollback.js';
export { restartDecision, restartLimits, scaleDecision } from './restart.js';
export type { RestartDecision, RestartInput, RestartLimits } from './restart.js';
export { selectForKill } from './kill-selection.js';
