// Deployments: the executor of deployment plans and the pure per-action evaluation it uses.
export { DeploymentManager, type DeploymentObserver, type DeploymentManagerOptions } from './deployment-manager.js';
export { evaluateAction, configVersion, countedInstances, type ActionNeeds, type InstanceJudge } from './action-progress.js';
