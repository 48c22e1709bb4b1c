// Role names and the role hierarchy (Mesos src/common/roles.cpp). Roles are paths `a/b/c`; a resource reserved to `a`
// may be allocated to `a` and to every subrole of `a`.
import { UNRESERVED_ROLE } from './types.js';

// Mesos rejects whitespace and backspace anywhere in a role.
const INVALID_ROLE_CHARACTERS = /[\t\n\v\f\r \b]/;

/** Why `role` is not a valid role name, or undefined when it is valid. `*` (unreserved) is valid. */
export function invalidRoleReason(role: string): string | undefined {
  if (role === UNRESERVED_ROLE) return undefined;
  if (role.length === 0) return 'must not be empty';
  if (INVALID_ROLE_CHARACTERS.test(role)) return 'must not contain whitespace or backspace';
  if (role.startsWith('/')) return "must not start with '/'";
  if (role.endsWith('/')) return "must not end with '/'";
  if (role.includes('//')) return "must not contain '//'";
  for (const component of role.split('/')) {
    if (component === '.' || component === '..' || component === '*') {
      return `must not have the component '${component}'`;
    }
    if (component.startsWith('-')) return "must not have a component starting with '-'";
  }
  return undefined;
}

/** True when `role` is `ancestor` itself or one of its subroles (`a/b` for `a`). No string building: hot path. */
export function isRoleOrSubrole(role: string, ancestor: string): boolean {
  if (role.length === ancestor.length) return role === ancestor;
  return role.length > ancestor.length && role.charCodeAt(ancestor.length) === 47 /* '/' */ && role.startsWith(ancestor);
}

/** True when `role` is a strict subrole of `ancestor`. */
export function isStrictSubrole(role: string, ancestor: string): boolean {
  return role.length > ancestor.length && isRoleOrSubrole(role, ancestor);
}

/** How many `/`-separated components `role` has. */
export function roleDepth(role: string): number {
  let depth = 1;
  for (let i = 0; i < role.length; i += 1) if (role.charCodeAt(i) === 47) depth += 1;
  return depth;
}
