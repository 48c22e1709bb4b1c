export { Master, type MasterOptions } from './master.js';
export { runMaster, type RunMasterOptions, type RunningMaster } from './run-master.js';
export { planAccept, type AcceptPlan, type AcceptInput } from './accept-plan.js';
export { VERSION } from './version.js';
