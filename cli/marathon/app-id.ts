// App ids as a user types them (`web`, `/prod/web`, `prod/web/`) and as they go into a URL path.
import { InvalidArgumentError } from 'commander';

/** `prod/web/` → `/prod/web`. Throws commander's InvalidArgumentError for ids that cannot name an app. */
export function parseAppId(value: string): string {
  const segments = value.trim().split('/').filter((segment) => segment !== '');
  if (segments.length === 0) throw new InvalidArgumentError('expected an app id such as /prod/web');
  for (const segment of segments) {
    if (/[\s?#%]/.test(segment)) throw new InvalidArgumentError(`'${segment}' cannot be part of an app id`);
  }
  return `/${segments.join('/')}`;
}

/** `/prod/web` → `prod/web` with every segment percent-encoded, for `/v2/apps/<here>`. */
export function appPath(appId: string): string {
  return appId.split('/').filter((segment) => segment !== '').map(encodeURIComponent).join('/');
}
