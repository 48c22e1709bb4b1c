// Table output of `drover deployment list`.
import type { DeploymentActionView, DeploymentView } from './deployment-view.js';
import { renderTable } from './table.js';

/** `ScaleApplication /web, StartApplication /db`. */
export function formatActions(actions: readonly DeploymentActionView[]): string {
  return actions.map((action) => `${action.action} ${action.target}`.trim()).join(', ');
}

export function renderDeployments(deployments: readonly DeploymentView[]): string {
  return renderTable(
    ['ID', 'VERSION', 'AFFECTED', { header: 'STEP', align: 'right' }, 'CURRENT ACTIONS'],
    deployments.map((deployment) => [
      deployment.id,
      deployment.version ?? '-',
      [...deployment.affectedApps, ...deployment.affectedPods].join(',') || '-',
      `${deployment.currentStep}/${deployment.totalSteps}`,
      formatActions(deployment.currentActions) || '-',
    ]),
  );
}
