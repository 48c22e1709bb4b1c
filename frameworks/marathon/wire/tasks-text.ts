// The text/plain task listing of GET /v2/tasks and /v2/apps/{id}/tasks (Marathon's EndpointsHelper), read by old
// load-balancer scripts (haproxy-marathon-bridge). Per app and service port:
//   <app path, '/' → '_', no leading '_'> TAB <servicePort> TAB <host>:<hostPort> TAB ... \n
// An app without service ports gives one line: <app> TAB ' ' TAB then each running host followed by a space.
// Only running tasks are listed; a missing host port prints 0, as Marathon does.
import type { AppDefinition } from '../app-definition/index.js';
import type { Instance } from '../model/index.js';
import { servicePorts } from './app-json.js';

export function tasksText(apps: ReadonlyArray<{ readonly app: AppDefinition; readonly instances: readonly Instance[] }>): string {
  let text = '';
  for (const { app, instances } of apps) {
    const name = safePath(app.id);
    const running = instances.filter((i) => i.condition === 'running' && i.taskId !== undefined);
    const ports = servicePorts(app);
    if (ports.length === 0) {
      text += `${name}\t \t${running.map((i) => `${hostOf(i)} `).join('')}\n`;
      continue;
    }
    ports.forEach((servicePort, index) => {
      text += `${name}\t${servicePort}\t${running.map((i) => `${hostOf(i)}:${i.hostPorts[index] ?? 0}\t`).join('')}\n`;
    });
  }
  return text;
}

/** Marathon's PathId.safePath: the path segments joined by '_' ("/prod/web" → "prod_web"). */
export function safePath(appId: string): string {
  return appId.split('/').filter((s) => s !== '').join('_');
}

function hostOf(i: Instance): string {
  return i.agent?.hostname ?? '';
}
