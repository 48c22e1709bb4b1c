// Store keys of the Marathon framework. App and instance ids may contain dots, which separate key tokens, so ids
// travel base64url-encoded (its alphabet is inside the store's key alphabet).
const PREFIX = 'marathon';

export function encodeKeyToken(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeKeyToken(token: string): string {
  return Buffer.from(token, 'base64url').toString('utf8');
}

export const storeKeys = {
  framework: `${PREFIX}.framework`,
  appsPrefix: `${PREFIX}.apps.`,
  app: (appId: string): string => `${PREFIX}.apps.${encodeKeyToken(appId)}`,
  versionsPrefix: (appId: string): string => `${PREFIX}.versions.${encodeKeyToken(appId)}.`,
  version: (appId: string, version: string): string =>
    `${PREFIX}.versions.${encodeKeyToken(appId)}.${encodeKeyToken(version)}`,
  deploymentsPrefix: `${PREFIX}.deployments.`,
  deployment: (id: string): string => `${PREFIX}.deployments.${encodeKeyToken(id)}`,
  instancesPrefix: `${PREFIX}.instances.`,
  instance: (instanceId: string): string => `${PREFIX}.instances.${encodeKeyToken(instanceId)}`,
  rootVersionsPrefix: `${PREFIX}.rootversions.`,
  rootVersion: (version: string): string => `${PREFIX}.rootversions.${encodeKeyToken(version)}`,
  failuresPrefix: `${PREFIX}.failures.`,
  lastFailure: (appId: string): string => `${PREFIX}.failures.${encodeKeyToken(appId)}`,
} as const;
